// A stretch of a text: UTF-16 code unit offsets, as LSP and JavaScript strings count them (end exclusive).
export interface Span {
  start: number;
  end: number;
}
