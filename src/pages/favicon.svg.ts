/** The favicon: the handbook's mark (src/brand/logoMark.ts) on the light theme's accent. */
import { logoSvg } from '../brand/logoMark.ts';

export function GET() {
	return new Response(logoSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
}
