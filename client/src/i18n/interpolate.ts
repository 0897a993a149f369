// Fills `{name}` placeholders of a UI text. A value that already ends a sentence ("Acme Ltd.",
// "…") takes the place of the full stop after its placeholder, so no text reads "Acme Ltd..".
const SENTENCE_END = /[.!?…。！？]$/;

export function interpolate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return stop && SENTENCE_END.test(value) ? value : value + stop;
  });
}
