/**
 * A SAX parser (saxes) for one XML part, reporting elements by their local name so that namespace prefixes
 * (`<x:workbook>`, written by .NET tools and report servers) and Strict Open XML read like Transitional.
 */
import { SaxesParser } from 'saxes';
import { ReadRefusal } from './ReadRefusal';

/** What a part's reader wants to hear; `attributes` keep their prefixes (`r:id`), see {@link relationshipId}. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The text sink of one part: write its decoded text in pieces, then end. */
export interface XmlSink {
  write(text: string): void;
  end(): void;
}

/** A parser feeding `handler`; malformed XML is refused as a damaged file naming `part`. */
export function xmlSink(part: string, handler: XmlHandler): XmlSink {
  const parser = new SaxesParser({ position: false });
  // Extensions (`<extLst>`) reuse the main elements' local names (`<x15:workbookPr>`, `<xm:f>`) for other
  // purposes, so nothing inside one is reported.
  let extension = 0;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'extLst') extension += 1;
    else if (extension === 0) handler.open(name, tag.attributes as Record<string, string>);
  });
  const { close, text } = handler;
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'extLst') extension -= 1;
    else if (extension === 0 && close) close.call(handler, name);
  });
  if (text) {
    parser.on('text', (t) => extension === 0 && text.call(handler, t));
    parser.on('cdata', (t) => extension === 0 && text.call(handler, t));
  }
  parser.on('error', (error) => {
    throw new ReadRefusal('damaged', `is damaged: its part ${part} is not well-formed XML (${error.message})`);
  });
  return {
    write: (piece) => void parser.write(piece),
    end: () => void parser.close(),
  };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The `r:id` of an element, whatever prefix the producer bound the relationships namespace to. */
export function relationshipId(attributes: Readonly<Record<string, string>>): string | undefined {
  if (attributes['r:id'] !== undefined) return attributes['r:id'];
  for (const key of Object.keys(attributes)) if (key.endsWith(':id')) return attributes[key];
  return undefined;
}
