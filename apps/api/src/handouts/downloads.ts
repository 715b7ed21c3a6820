import { StreamableFile } from '@nestjs/common';
import type { Request } from 'express';

/** `the-night-owls` from "The Night Owls" (accents dropped: some mail clients mangle non-ASCII names). */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'kindred';
}

/** A file to save (not to show inline); `fileName` is ASCII (see fileSlug). */
export function download(body: Buffer | string, type: string, fileName: string): StreamableFile {
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return new StreamableFile(data, {
    type,
    length: data.length,
    disposition: `attachment; filename="${fileName}"`,
  });
}

/** The origin links are built on: PUBLIC_URL, else the address this request came in on (a phone's own). */
export function publicOrigin(publicUrl: string | null, req: Request): string {
  return publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
