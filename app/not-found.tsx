import './globals.css';

// Reached only outside a valid locale (e.g. /xx/anything), where the visitor's language is
// unknown: say it in all three.
const notices = [
  { lang: 'kk', title: 'Бет табылмады', home: 'Басты бетке өту' },
  { lang: 'ru', title: 'Страница не найдена', home: 'На главную' },
  { lang: 'en', title: 'Page not found', home: 'Go to the home page' },
] as const;

export default function GlobalNotFound() {
  return (
    <html lang="kk">
      <head>
        <title>404 · Bauyrlas</title>
      </head>
      <body className="font-sans">
        <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 p-8">
          <p className="text-6xl font-semibold text-brand-600 dark:text-brand-100">404</p>
          {notices.map((notice) => (
            <section key={notice.lang} lang={notice.lang} className="space-y-1">
              <h1 className="text-xl font-semibold">{notice.title}</h1>
              <a className="text-brand-700 underline dark:text-brand-100" href={`/${notice.lang}`}>
                {notice.home}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
