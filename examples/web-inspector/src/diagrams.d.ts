declare module 'virtual:diagrams' {
  /** Each scenario's diagram as SVG text, by scenario id and locale (drawn at build time). */
  const diagrams: Readonly<Record<string, Readonly<Record<'zh-CN' | 'en', string>>>>;
  export default diagrams;
}
