import { describe, expect, it } from 'vitest';
import { photoHashesOf, sniffPhoto } from './photo';

const h = (c: string) => c.repeat(64);
const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('sniffPhoto', () => {
  it('recognises JPEG, PNG and WebP by their magic numbers', () => {
    expect(sniffPhoto(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffPhoto(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffPhoto(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
  });
  it('refuses anything else, such as HTML named .jpg', () => {
    expect(sniffPhoto(ascii('<html><script>'))).toBeNull();
    expect(sniffPhoto(new Uint8Array([]))).toBeNull();
  });
});

describe('photoHashesOf', () => {
  it('finds photos of hazards, events and checklist answers', () => {
    expect(photoHashesOf('hazards', { photosBefore: [h('a')] })).toEqual([h('a')]);
    expect(photoHashesOf('hazardEvents', { payload: { photos: [h('b')] } })).toEqual([h('b')]);
    expect(photoHashesOf('inspections', { answers: [{ photoHashes: [h('c')] }, { photoHashes: [] }] })).toEqual([h('c')]);
    expect(photoHashesOf('enterprises', { photosBefore: [h('d')] })).toEqual([]);
  });
});
