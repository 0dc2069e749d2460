declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when idle or at the learner's first touch of the island (src/components/interact-directive.ts). */
    'client:interact'?: boolean;
  }
}

export {};
