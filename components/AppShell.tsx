import type { ReactNode } from 'react';

interface AppShellProps {
  title: string;
  subtitle: string;
  children?: ReactNode;
}

/** The frame every Amends page shares: a heading, one line on what the page is for, and its content. */
export function AppShell({ title, subtitle, children }: AppShellProps) {
  return (
    <main className="app-shell">
      <header>
        <h1>{title}</h1>
        <p className="subtitle">{subtitle}</p>
      </header>
      {children}
    </main>
  );
}
