/**
 * Writes RGBA pixels as a PNG file, quickly. resvg's own encoder spent 18 ms on each 1200×630
 * card, more than drawing it; the PNG libraries on npm were slower still in JavaScript (pngjs
 * 44 ms, fast-png 98 ms). A card is mostly flat colour, which deflate packs well without PNG's
 * row filters, so this writes every row unfiltered and deflates at level 3: about 5 ms a card, and
 * files about a tenth larger. It uses Node's zlib, which is why it lives among the build edges.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** A colour type of 6 is RGBA; with a bit depth of 8, four bytes a pixel. */
const RGBA_8_BIT = { bitDepth: 8, colourType: 6 } as const;
const CHANNELS = 4;
/** Level 3 was the quickest of levels 1 to 9 on a card, and packs it smaller than 1 or 2. */
const DEFLATE_LEVEL = 3;

function chunk(type: string, data: Uint8Array): Buffer {
	const bytes = Buffer.alloc(12 + data.length);
	bytes.writeUInt32BE(data.length, 0);
	bytes.write(type, 4, 'latin1');
	bytes.set(data, 8);
	// The checksum covers the type and the data, not the length.
	bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
	return bytes;
}

/** The PNG of an image `width` pixels wide whose `pixels` are RGBA, row after row. */
export function pngFile(
	pixels: Uint8Array,
	width: number,
	height: number,
): Uint8Array<ArrayBuffer> {
	const stride = width * CHANNELS;
	if (pixels.length !== stride * height) {
		throw new RangeError(
			`pngFile: ${pixels.length} bytes are not ${width}×${height} RGBA pixels (${stride * height} bytes)`,
		);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = RGBA_8_BIT.bitDepth;
	header[9] = RGBA_8_BIT.colourType;
	// Each row starts with its filter type, 0 for none; the rest of the buffer is left 0.
	const rows = Buffer.alloc((stride + 1) * height);
	for (let y = 0; y < height; y++) {
		rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
	}
	const parts = [
		SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })),
		chunk('IEND', new Uint8Array()),
	];
	// A buffer of its own, not a slice of Node's shared pool, so that it can be sent to another
	// thread by transfer.
	const file = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
	let at = 0;
	for (const part of parts) {
		file.set(part, at);
		at += part.length;
	}
	return file;
}
