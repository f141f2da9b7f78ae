import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	pages: defineCollection({
		loader: glob({ pattern: '**/*.mdx', base: './content' }),
		schema: z.object({ title: z.string(), description: z.string() }),
	}),
};
