/** The text as the user sees it, read at the moment it is needed (never from a stale snapshot). */
export function readEditorText(root: HTMLElement): string {
  if (root instanceof HTMLTextAreaElement) return root.value;
  // innerText keeps the line breaks the user sees between blocks; textContent would glue paragraphs.
  return root.innerText;
}
