/**
 * 署名 and 成文日期 sit as many characters from the right as the model says (`data-r`, GB/T 9704
 * §7.3.5). Set through the CSSOM, which the page's CSP allows where a style attribute would not.
 * A phone's screen shrinks the characters (--signature-char), or the block would look centred.
 */
export function indentSignatures(root: ParentNode): void {
  for (const line of root.querySelectorAll<HTMLElement>('.signature [data-r]')) line.style.paddingRight = `calc(${line.dataset['r']} * var(--signature-char, 1em))`;
}
