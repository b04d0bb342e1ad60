/**
 * Reading one XML part: elements reported by their local name so that namespace prefixes (`<x:workbook>`, written
 * by .NET tools and report servers) and Strict Open XML read like Transitional, with extensions left out.
 */
import { Attributes, TagScanner } from './tagScanner';

export type { Attributes };

/** What a part's reader wants to hear. */
export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The text sink of one part: write its decoded text in pieces, then end. */
export interface XmlSink {
  write(text: string): void;
  end(): void;
}

/** A tokenizer feeding `handler`; a part cut inside an element is refused as a damaged file naming `part`. */
export function xmlSink(part: string, handler: XmlHandler): XmlSink {
  // Extensions (`<extLst>`) reuse the main elements' local names (`<x15:workbookPr>`, `<xm:f>`) for other
  // purposes, so nothing inside one is reported.
  let extension = 0;
  const scanner = new TagScanner(part, {
    open(name, attributes) {
      if (name === 'extLst') extension += 1;
      else if (extension === 0) handler.open(name, attributes);
    },
    close(name) {
      if (name === 'extLst') extension -= 1;
      else if (extension === 0) handler.close?.(name);
    },
    text(text) {
      if (extension === 0) handler.text?.(text);
    },
  });
  return { write: (piece) => scanner.write(piece), end: () => scanner.end() };
}

/** The `r:id` of an element, whatever prefix the producer bound the relationships namespace to. */
export function relationshipId(attributes: Attributes): string | undefined {
  return attributes.get('r:id') ?? attributes.getSuffixed(':id');
}
