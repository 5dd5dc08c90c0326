/** The rules the register form and the edit dialog share for a provider's name. */
export function nameProblem(value: string): string | null {
  return value.trim() ? null : 'Enter a name, e.g. “Production key”.';
}
