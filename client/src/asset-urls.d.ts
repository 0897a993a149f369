// Vite's `?url` imports: the built address of a file (hashed, served from our own origin).
declare module '*?url' {
  const url: string;
  export default url;
}
