import { COVER_ATTRIBUTE } from './mask-style-sheet';

// Words that mark an image as a person's photo in its source, alt text, class or id.
const PHOTO_WORDS = /photo|avatar|portrait|headshot|patient|profile|picture|selfie|face/i;

/**
 * Patient photos and other images in PHI context are covered (the mask stylesheet paints a marked
 * image black, or blurs it): an image inside a private subtree, an image whose alt or title held
 * PHI, and an image that calls itself a photo of a person.
 */
export function shouldCoverImage(image: HTMLImageElement, inPrivate: boolean, attributesHeldPhi: boolean): boolean {
  if (inPrivate || attributesHeldPhi) return true;
  const words = [image.getAttribute('src') ?? '', image.alt, image.getAttribute('class') ?? '', image.id, image.parentElement?.getAttribute('class') ?? ''].join(' ');
  return PHOTO_WORDS.test(words);
}

export function setImageCovered(image: HTMLImageElement, covered: boolean): void {
  if (covered !== image.hasAttribute(COVER_ATTRIBUTE)) image.toggleAttribute(COVER_ATTRIBUTE, covered);
}
