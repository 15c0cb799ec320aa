/**
 * A strict little XML 1.0 reader for tests (no XML parser ships in node_modules): it throws on anything that is
 * not well-formed (unbalanced or crossed tags, a raw `<` or `&` in text or attributes, unknown entities, unquoted
 * or repeated attributes, text outside the root, characters XML does not allow) and returns the element tree with
 * entities decoded. No DTDs, comments or CDATA: the feeds under test have none.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const BAD_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decode(raw: string, where: string): string {
  if (BAD_CHAR.test(raw)) throw new Error(`character not allowed in XML in ${where}`);
  if (raw.includes("<")) throw new Error(`raw "<" in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, ref: string) => {
    if (!match.endsWith(";")) throw new Error(`unterminated entity in ${where}`);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (ref in named) return named[ref];
    const num = /^#(\d+)$/.exec(ref)?.[1] ?? (/^#x([0-9a-fA-F]+)$/.exec(ref) ? String(parseInt(ref.slice(2), 16)) : null);
    if (num !== null) return String.fromCodePoint(Number(num));
    throw new Error(`unknown entity &${ref}; in ${where}`);
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const decl = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (decl) i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length > 0) stack[stack.length - 1].text += decode(text, "text");
    else if (text.trim()) throw new Error("text outside the root element");
    if (lt === -1) break;
    const gt = xml.indexOf(">", lt);
    if (gt === -1) throw new Error("unterminated tag");
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`closing </${tag.slice(1)}> does not match <${open?.name}>`);
      if (stack.length === 0) root = open;
      continue;
    }
    const selfClosing = tag.endsWith("/");
    let rest = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(rest)?.[0];
    if (!name) throw new Error(`bad tag <${tag}>`);
    rest = rest.slice(name.length);
    const attrs: Record<string, string> = {};
    const attrRe = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/;
    for (let m = attrRe.exec(rest); m; m = attrRe.exec(rest)) {
      if (m[1] in attrs) throw new Error(`repeated attribute ${m[1]}`);
      attrs[m[1]] = decode(m[2], `attribute ${m[1]}`);
      rest = rest.slice(m[0].length);
    }
    if (rest.trim()) throw new Error(`bad attributes in <${tag}>`);
    if (root) throw new Error("more than one root element");
    const element: XmlElement = { name, attrs, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    if (selfClosing) {
      if (stack.length === 0) root = element;
    } else stack.push(element);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Children with a name, for short assertions. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
export const childText = (el: XmlElement, name: string) => childrenNamed(el, name)[0]?.text;
