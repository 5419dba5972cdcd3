import { textLang } from '@/lib/i18n/text-lang';

/** Props of Data. */
export interface DataProps {
  text: string;
  class?: string;
  testId?: string;
}

/**
 * Divar's or the user's words inside the UI (a title, a district, a search's name): isolated
 * from the page's direction (`<bdi dir="auto">`), so a Persian title in the English UI keeps
 * «آپارتمان ۹۷ متری» in order, and marked `lang="fa"` when Persian for screen readers.
 */
export function Data({ text, class: className, testId }: DataProps) {
  return (
    <bdi dir="auto" lang={textLang(text)} class={className} data-testid={testId}>
      {text}
    </bdi>
  );
}
