// A small static file server for benchmarks: gzip like a real host, 404 page, nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.pagefind': 'application/wasm',
};

/**
 * Serves `root` on 127.0.0.1:`port`. Resolves to `stop()` and `bytesSent()`: the server counts
 * what it sends, because Pagefind fetches from a worker, which the page's own network log misses.
 */
export async function serveStatic(root, port) {
	let sent = 0;
	const server = createServer(async (request, response) => {
		let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
		if (path.endsWith('/')) path += 'index.html';
		let file = join(root, path);
		let status = 200;
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		} catch {
			file = join(root, '404.html');
			status = 404;
		}
		try {
			let body = await readFile(file);
			const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
			if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
				body = gzipSync(body);
				headers['Content-Encoding'] = 'gzip';
			}
			sent += body.length;
			response.writeHead(status, headers).end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		bytesSent: () => sent,
		stop: () => new Promise((resolve) => server.close(resolve)),
	};
}
