/** The arguments every element story shares (the base attributes). */
export interface StoryArgs {
  src?: string;
  data?: string;
  theme?: 'light' | 'dark' | 'auto';
  [attribute: string]: unknown;
}
