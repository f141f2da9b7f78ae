import sharp from 'sharp';
import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pngFile } from '../../../src/cards/build/pngFile.ts';

/** A small image whose every channel differs from its neighbours', alpha included. */
function pixels(width: number, height: number): Uint8Array {
	return Uint8Array.from({ length: width * height * 4 }, (_, at) => (at * 37 + (at >> 2)) % 256);
}

test('a decoder reads back the same size and the same RGBA pixels', async () => {
	const [width, height] = [7, 5];
	const original = pixels(width, height);
	const { data, info } = await sharp(pngFile(original, width, height))
		.raw()
		.toBuffer({ resolveWithObject: true });
	expect(info).toMatchObject({ width, height, channels: 4 });
	expect(new Uint8Array(data)).toEqual(original);
});

test('the file is a PNG: signature, header, one image chunk and the end, each with its checksum', async () => {
	const file = Buffer.from(pngFile(pixels(3, 2), 3, 2));
	expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const types: string[] = [];
	for (let at = 8; at < file.length;) {
		const length = file.readUInt32BE(at);
		types.push(file.toString('latin1', at + 4, at + 8));
		at += 12 + length;
	}
	expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
	// sharp refuses a file whose checksums are wrong, so reading its metadata checks them too.
	await expect(sharp(file).metadata()).resolves.toMatchObject({
		format: 'png',
		width: 3,
		height: 2,
	});
});

test('every row is stored unfiltered: a decoder need not undo a filter, and the rows are what was given', () => {
	const [width, height] = [4, 3];
	const original = pixels(width, height);
	const file = Buffer.from(pngFile(original, width, height));
	const idatAt = 8 + 12 + 13;
	const rows = inflateSync(file.subarray(idatAt + 8, idatAt + 8 + file.readUInt32BE(idatAt)));
	for (let y = 0; y < height; y++) {
		const row = rows.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1));
		expect(row[0], `row ${y}'s filter`).toBe(0);
		expect([...row.subarray(1)]).toEqual([
			...original.subarray(y * width * 4, (y + 1) * width * 4),
		]);
	}
});

test('pixels that do not make the size given are refused, naming both', () => {
	expect(() => pngFile(new Uint8Array(10), 2, 2)).toThrow(
		/10 bytes are not 2×2 RGBA pixels \(16 bytes\)/,
	);
});

test('the file owns its buffer, so it can be transferred to another thread', () => {
	const file = pngFile(pixels(2, 2), 2, 2);
	expect(file.byteOffset).toBe(0);
	expect(file.buffer.byteLength).toBe(file.length);
});
