/*
 * Muragat — researchers' search page. Plain JS, no framework, no build step.
 *
 * State lives in the URL (?q=&syntax=&from=&doc=&page=&lang=) so a copied link reopens the same
 * search and document page; back/forward replay it (pushState + popstate).
 *
 * Server text is never inserted as HTML: snippets are parsed into text nodes and <mark> elements.
 */
'use strict';

(function () {
  // ---------------------------------------------------------------- interface strings
  const I18N = {
    ru: {
      htmlLang: 'ru',
      tagline: 'поиск по архивным документам',
      skipToResults: 'К результатам',
      language: 'Язык интерфейса',
      searchLabel: 'Поисковый запрос',
      searchPlaceholder: 'Фамилия, место, слово…',
      searchButton: 'Найти',
      syntaxLegend: 'Синтаксис запроса',
      syntaxSimple: 'Простой',
      syntaxLucene: 'Lucene (эксперт)',
      helpSummary: 'Как составить запрос',
      helpSimpleTitle: 'Простой режим',
      helpLuceneTitle: 'Режим Lucene (эксперт)',
      helpSimple: [
        ['Жумабаев Касым', 'все слова должны встретиться в документе'],
        ['"протокол допроса"', 'точная фраза'],
        ['учитель -школа', 'исключить слово'],
        ['Алма-Ата OR Верный', 'любое из слов'],
        ['Жумабаев*', 'слова с этим началом'],
      ],
      helpLucene: [
        ['тройка AND (приговор OR постановление)', 'AND, OR, NOT и скобки'],
        ['title:протокол', 'поиск в поле'],
        ['"дело прекращено"~3', 'слова фразы не дальше 3 слов друг от друга'],
        ['Жумабаев~', 'нечёткий поиск (ошибки OCR, варианты написания)'],
        ['Ж?мабаев, Жумаба*', 'подстановочные знаки: ? — один символ, * — несколько'],
      ],
      helpNote: 'Поиск учитывает формы слов русского и казахского языков. Текст сканов распознан автоматически и может содержать ошибки.',
      resultsHeading: 'Результаты поиска',
      facets: 'Уточнить поиск',
      loading: 'Поиск…',
      found: (n, ms) => `Найдено документов: ${fmtNum(n)} (${ms} мс)`,
      allDocs: (n, ms) => `Всего документов: ${fmtNum(n)} (${ms} мс)`,
      nothingFound: 'Ничего не найдено. Проверьте написание, попробуйте другую форму слова, звёздочку (Жумабаев*) или нечёткий поиск в режиме Lucene (Жумабаев~).',
      range: (a, b, n) => `${fmtNum(a)}–${fmtNum(b)} из ${fmtNum(n)}`,
      prevResults: '← Назад',
      nextResults: 'Вперёд →',
      pager: 'Страницы результатов',
      pages: (n) => `${n} ${plural(n, 'стр.', 'стр.', 'стр.')}`,
      pageShort: (n) => `с. ${n}`,
      morePages: (n) => `и ещё совпадения на других страницах`,
      errorPrefix: 'Ошибка запроса',
      networkError: 'Сервер недоступен. Проверьте соединение и повторите.',
      close: 'Закрыть (Esc)',
      viewerToolbar: 'Просмотр документа',
      prevPage: 'Предыдущая страница (←)',
      nextPage: 'Следующая страница (→)',
      hitsLabel: 'Совпадения:',
      prevHit: 'Предыдущее совпадение',
      nextHit: 'Следующее совпадение',
      zoomIn: 'Увеличить (+)',
      zoomOut: 'Уменьшить (−)',
      zoomFit: 'По ширине',
      zoomPage: 'Страница целиком',
      toggleText: 'Текст',
      openImage: 'Скан',
      copyLink: 'Ссылка',
      linkCopied: 'Ссылка скопирована',
      pageImagePane: 'Изображение страницы',
      pageCounter: (n, total) => `${n} / ${total}`,
      pageCounterLabel: (n, total) => `Страница ${n} из ${total}`,
      pageCounterGaps: (n, total, gaps, count) => `стр. ${n} (из ${total}; ${count === 1 ? 'стр.' : 'стр.'} ${gaps} ${count === 1 ? 'недоступна' : 'недоступны'} при вашем уровне доступа)`,
      pageCounterMissing: (n, total) => `стр. ${n} недоступна (последняя доступная — стр. ${total})`,
      pageClosed: (n) => `Страница ${n} закрыта для вашего уровня доступа.`,
      pageAbsent: (n, total) => `Страницы ${n} нет среди доступных вам: последняя доступная страница — ${total}.`,
      pagesAvailable: (list) => `Доступные страницы: ${list}. Кнопки ‹ и › ведут к соседним доступным страницам.`,
      noPagesAvailable: 'Ни одна страница этого документа не доступна при вашем уровне доступа.',
      hitCounter: (i, n) => (n ? `${i} / ${n}` : '0'),
      hitCounterLabel: (i, n) => `Совпадение ${i} из ${n} на странице`,
      noHitsOnPage: 'На этой странице совпадений нет',
      pageText: 'Текст страницы',
      sourceOcr: (c) => `Распознанный текст (OCR)${c ? `, уверенность ${Math.round(c)}%` : ''}. Возможны ошибки распознавания.`,
      sourceTextLayer: 'Текстовый слой PDF',
      script: (s, l) => ({ Cyrl: 'Кириллица', Latn: l.includes('kk') ? 'Латиница (яналиф)' : 'Латиница', 'Cyrl+Latn': 'Кириллица и латиница' })[s] || s,
      sourceText: 'Текст документа',
      noImage: 'У этой страницы нет изображения — показан текст.',
      emptyText: '(текст не распознан)',
      imageAlt: (n, total, title) => `Скан страницы ${n} из ${total}: ${title}`,
      imageError: 'Не удалось загрузить изображение страницы.',
      docLoading: 'Загрузка документа…',
      meta: { date: 'Дата', archive: 'Архив', doc_type: 'Вид документа', language: 'Язык' },
      languages: { ru: 'русский', kk: 'казахский', kz: 'казахский', en: 'английский', de: 'немецкий' },
      format: 'Формат',
      facetNames: { language: 'Язык', doc_type: 'Вид документа', year: 'Год', archive: 'Архив', fond: 'Фонд',
        opis: 'Опись', delo: 'Дело', list: 'Лист', format: 'Формат', collection: 'Коллекция' },
      langNames: { ru: 'Русский', kk: 'Казахский', kz: 'Казахский', en: 'Английский', de: 'Немецкий' },
      showMore: (n) => `Показать ещё ${n}`,
      showLess: 'Свернуть',
      filtersButton: (n) => (n ? `Фильтры (${n})` : 'Фильтры'),
      showResults: 'Показать результаты',
      activeFilters: 'Выбранные фильтры:',
      clearFilters: 'Сбросить все',
      removeFilter: (what) => `Убрать фильтр «${what}»`,
      dateRange: 'Дата документа',
      dateFrom: 'с',
      dateTo: 'по',
      dateApply: 'OK',
      datePlaceholder: 'гггг',
      dateHint: 'Год (1937) или дата (1937-10-14)',
      dateInvalid: 'Дата должна выглядеть так: 1937, 1937-10 или 1937-10-14 (или 14.10.1937).',
      dateChip: (a, b) => (a && b ? `${a} – ${b}` : a ? `с ${a}` : `по ${b}`),
      sortLabel: 'Порядок:',
      sortRelevance: 'по релевантности',
      sortDateAsc: 'сначала старые',
      sortDateDesc: 'сначала новые',
      exportLabel: 'Скачать список:',
      exportCsvTitle: 'Все найденные документы в таблице CSV (Excel, LibreOffice)',
      exportJsonTitle: 'Все найденные документы в формате JSON',
      didYouMean: 'Возможно, вы имели в виду',
      suggestions: 'Подсказки',
      suggestionDocs: (n) => `${fmtNum(n)} док.`,
    },
    kk: {
      htmlLang: 'kk',
      tagline: 'мұрағат құжаттары бойынша іздеу',
      skipToResults: 'Нәтижелерге өту',
      language: 'Интерфейс тілі',
      searchLabel: 'Іздеу сұрауы',
      searchPlaceholder: 'Тегі, жер атауы, сөз…',
      searchButton: 'Іздеу',
      syntaxLegend: 'Сұрау синтаксисі',
      syntaxSimple: 'Қарапайым',
      syntaxLucene: 'Lucene (сарапшы)',
      helpSummary: 'Сұрауды қалай құрастыру керек',
      helpSimpleTitle: 'Қарапайым режим',
      helpLuceneTitle: 'Lucene режимі (сарапшы)',
      helpSimple: [
        ['Жұмабаев Қасым', 'барлық сөз құжатта кездесуі керек'],
        ['"тергеу хаттамасы"', 'нақты тіркес'],
        ['мұғалім -мектеп', 'сөзді алып тастау'],
        ['Алматы OR Верный', 'сөздердің кез келгені'],
        ['Жұмабаев*', 'осылай басталатын сөздер'],
      ],
      helpLucene: [
        ['үштік AND (үкім OR қаулы)', 'AND, OR, NOT және жақшалар'],
        ['title:хаттама', 'өріс бойынша іздеу'],
        ['"іс тоқтатылды"~3', 'тіркес сөздері бір-бірінен 3 сөзден алыс емес'],
        ['Жұмабаев~', 'анық емес іздеу (OCR қателері, жазылу нұсқалары)'],
        ['Ж?мабаев, Жұмаба*', 'алмастыру белгілері: ? — бір таңба, * — бірнеше'],
      ],
      helpNote: 'Іздеу орыс және қазақ тілдеріндегі сөз формаларын ескереді. Скан мәтіні автоматты түрде танылған, қателер болуы мүмкін.',
      resultsHeading: 'Іздеу нәтижелері',
      facets: 'Іздеуді нақтылау',
      loading: 'Іздеу…',
      found: (n, ms) => `Табылған құжаттар: ${fmtNum(n)} (${ms} мс)`,
      allDocs: (n, ms) => `Барлық құжаттар: ${fmtNum(n)} (${ms} мс)`,
      nothingFound: 'Ештеңе табылмады. Жазылуын тексеріңіз, жұлдызшаны (Жұмабаев*) немесе Lucene режиміндегі анық емес іздеуді (Жұмабаев~) қолданып көріңіз.',
      range: (a, b, n) => `${fmtNum(n)} ішінен ${fmtNum(a)}–${fmtNum(b)}`,
      prevResults: '← Артқа',
      nextResults: 'Алға →',
      pager: 'Нәтиже беттері',
      pages: (n) => `${n} бет`,
      pageShort: (n) => `${n}-б.`,
      morePages: () => 'басқа беттерде де сәйкестіктер бар',
      errorPrefix: 'Сұрау қатесі',
      networkError: 'Сервер қолжетімсіз. Байланысты тексеріп, қайталаңыз.',
      close: 'Жабу (Esc)',
      viewerToolbar: 'Құжатты қарау',
      prevPage: 'Алдыңғы бет (←)',
      nextPage: 'Келесі бет (→)',
      hitsLabel: 'Сәйкестіктер:',
      prevHit: 'Алдыңғы сәйкестік',
      nextHit: 'Келесі сәйкестік',
      zoomIn: 'Үлкейту (+)',
      zoomOut: 'Кішірейту (−)',
      zoomFit: 'Ені бойынша',
      zoomPage: 'Бүкіл бет',
      toggleText: 'Мәтін',
      openImage: 'Скан',
      copyLink: 'Сілтеме',
      linkCopied: 'Сілтеме көшірілді',
      pageImagePane: 'Бет кескіні',
      pageCounter: (n, total) => `${n} / ${total}`,
      pageCounterLabel: (n, total) => `${total} беттің ${n}-беті`,
      pageCounterGaps: (n, total, gaps, count) => `${n}-бет (барлығы ${total}; ${gaps}-${count === 1 ? 'бет' : 'беттер'} сіздің рұқсат деңгейіңізге қолжетімсіз)`,
      pageCounterMissing: (n, total) => `${n}-бет қолжетімсіз (соңғы қолжетімдісі — ${total}-бет)`,
      pageClosed: (n) => `${n}-бет сіздің рұқсат деңгейіңізге жабық.`,
      pageAbsent: (n, total) => `Сізге қолжетімді беттердің арасында ${n}-бет жоқ: соңғы қолжетімді бет — ${total}.`,
      pagesAvailable: (list) => `Қолжетімді беттер: ${list}. ‹ және › батырмалары көршілес қолжетімді беттерге апарады.`,
      noPagesAvailable: 'Бұл құжаттың бірде-бір беті сіздің рұқсат деңгейіңізге қолжетімді емес.',
      hitCounter: (i, n) => (n ? `${i} / ${n}` : '0'),
      hitCounterLabel: (i, n) => `Беттегі ${n} сәйкестіктің ${i}-і`,
      noHitsOnPage: 'Бұл бетте сәйкестік жоқ',
      pageText: 'Бет мәтіні',
      sourceOcr: (c) => `Танылған мәтін (OCR)${c ? `, сенімділік ${Math.round(c)}%` : ''}. Тану қателері болуы мүмкін.`,
      sourceTextLayer: 'PDF мәтін қабаты',
      script: (s, l) => ({ Cyrl: 'Кирилл жазуы', Latn: l.includes('kk') ? 'Латын жазуы (жаңалиф)' : 'Латын жазуы', 'Cyrl+Latn': 'Кирилл және латын жазуы' })[s] || s,
      sourceText: 'Құжат мәтіні',
      noImage: 'Бұл беттің кескіні жоқ — мәтін көрсетілген.',
      emptyText: '(мәтін танылмады)',
      imageAlt: (n, total, title) => `${total} беттің ${n}-бетінің сканы: ${title}`,
      imageError: 'Бет кескінін жүктеу мүмкін болмады.',
      docLoading: 'Құжат жүктелуде…',
      meta: { date: 'Күні', archive: 'Мұрағат', doc_type: 'Құжат түрі', language: 'Тілі' },
      languages: { ru: 'орыс тілі', kk: 'қазақ тілі', kz: 'қазақ тілі', en: 'ағылшын тілі', de: 'неміс тілі' },
      format: 'Пішім',
      facetNames: { language: 'Тіл', doc_type: 'Құжат түрі', year: 'Жыл', archive: 'Мұрағат', fond: 'Қор',
        opis: 'Тізбе', delo: 'Іс', list: 'Парақ', format: 'Пішім', collection: 'Жинақ' },
      langNames: { ru: 'Орысша', kk: 'Қазақша', kz: 'Қазақша', en: 'Ағылшынша', de: 'Немісше' },
      showMore: (n) => `Тағы ${n} көрсету`,
      showLess: 'Жию',
      filtersButton: (n) => (n ? `Сүзгілер (${n})` : 'Сүзгілер'),
      showResults: 'Нәтижелерді көрсету',
      activeFilters: 'Таңдалған сүзгілер:',
      clearFilters: 'Барлығын тазарту',
      removeFilter: (what) => `«${what}» сүзгісін алып тастау`,
      dateRange: 'Құжат күні',
      dateFrom: 'бастап',
      dateTo: 'дейін',
      dateApply: 'OK',
      datePlaceholder: 'жжжж',
      dateHint: 'Жыл (1937) немесе күн (1937-10-14)',
      dateInvalid: 'Күн мына түрде болуы керек: 1937, 1937-10 немесе 1937-10-14 (не 14.10.1937).',
      dateChip: (a, b) => (a && b ? `${a} – ${b}` : a ? `${a} бастап` : `${b} дейін`),
      sortLabel: 'Реті:',
      sortRelevance: 'сәйкестігі бойынша',
      sortDateAsc: 'алдымен ескілері',
      sortDateDesc: 'алдымен жаңалары',
      exportLabel: 'Тізімді жүктеу:',
      exportCsvTitle: 'Табылған барлық құжаттар CSV кестесінде (Excel, LibreOffice)',
      exportJsonTitle: 'Табылған барлық құжаттар JSON пішімінде',
      didYouMean: 'Мүмкін, сіз мынаны іздедіңіз',
      suggestions: 'Ұсыныстар',
      suggestionDocs: (n) => `${fmtNum(n)} құжат`,
    },
    en: {
      htmlLang: 'en',
      tagline: 'full-text search of archive documents',
      skipToResults: 'Skip to results',
      language: 'Interface language',
      searchLabel: 'Search query',
      searchPlaceholder: 'Surname, place, word…',
      searchButton: 'Search',
      syntaxLegend: 'Query syntax',
      syntaxSimple: 'Simple',
      syntaxLucene: 'Lucene (expert)',
      helpSummary: 'How to write a query',
      helpSimpleTitle: 'Simple mode',
      helpLuceneTitle: 'Lucene mode (expert)',
      helpSimple: [
        ['Жумабаев Касым', 'all words must occur in the document'],
        ['"протокол допроса"', 'exact phrase'],
        ['учитель -школа', 'exclude a word'],
        ['Алма-Ата OR Верный', 'either word'],
        ['Жумабаев*', 'words starting with this'],
      ],
      helpLucene: [
        ['тройка AND (приговор OR постановление)', 'AND, OR, NOT and parentheses'],
        ['title:протокол', 'search one field'],
        ['"дело прекращено"~3', 'phrase words at most 3 words apart'],
        ['Жумабаев~', 'fuzzy search (OCR errors, spelling variants)'],
        ['Ж?мабаев, Жумаба*', 'wildcards: ? one character, * several'],
      ],
      helpNote: 'Search understands Russian and Kazakh word forms. Scanned text was recognised automatically and may contain errors.',
      resultsHeading: 'Search results',
      facets: 'Refine search',
      loading: 'Searching…',
      found: (n, ms) => `${fmtNum(n)} ${n === 1 ? 'document' : 'documents'} found (${ms} ms)`,
      allDocs: (n, ms) => `${fmtNum(n)} ${n === 1 ? 'document' : 'documents'} in total (${ms} ms)`,
      nothingFound: 'Nothing found. Check the spelling, try another word form, a wildcard (Жумабаев*) or fuzzy search in Lucene mode (Жумабаев~).',
      range: (a, b, n) => `${fmtNum(a)}–${fmtNum(b)} of ${fmtNum(n)}`,
      prevResults: '← Previous',
      nextResults: 'Next →',
      pager: 'Result pages',
      pages: (n) => `${n} ${n === 1 ? 'page' : 'pages'}`,
      pageShort: (n) => `p. ${n}`,
      morePages: () => 'more matches on other pages',
      errorPrefix: 'Query error',
      networkError: 'The server cannot be reached. Check the connection and try again.',
      close: 'Close (Esc)',
      viewerToolbar: 'Document viewer',
      prevPage: 'Previous page (←)',
      nextPage: 'Next page (→)',
      hitsLabel: 'Matches:',
      prevHit: 'Previous match',
      nextHit: 'Next match',
      zoomIn: 'Zoom in (+)',
      zoomOut: 'Zoom out (−)',
      zoomFit: 'Fit width',
      zoomPage: 'Whole page',
      toggleText: 'Text',
      openImage: 'Scan',
      copyLink: 'Link',
      linkCopied: 'Link copied',
      pageImagePane: 'Page image',
      pageCounter: (n, total) => `${n} / ${total}`,
      pageCounterLabel: (n, total) => `Page ${n} of ${total}`,
      pageCounterGaps: (n, total, gaps, count) => `page ${n} (of ${total}; ${count === 1 ? 'page' : 'pages'} ${gaps} not available at your access level)`,
      pageCounterMissing: (n, total) => `page ${n} not available (the last available is page ${total})`,
      pageClosed: (n) => `Page ${n} is closed at your access level.`,
      pageAbsent: (n, total) => `Page ${n} is not among the pages available to you: the last one is page ${total}.`,
      pagesAvailable: (list) => `Available pages: ${list}. The ‹ and › buttons go to the neighbouring available pages.`,
      noPagesAvailable: 'No page of this document is available at your access level.',
      hitCounter: (i, n) => (n ? `${i} / ${n}` : '0'),
      hitCounterLabel: (i, n) => `Match ${i} of ${n} on this page`,
      noHitsOnPage: 'No matches on this page',
      pageText: 'Page text',
      sourceOcr: (c) => `Recognised text (OCR)${c ? `, confidence ${Math.round(c)}%` : ''}. May contain recognition errors.`,
      sourceTextLayer: 'PDF text layer',
      script: (s, l) => ({ Cyrl: 'Cyrillic script', Latn: l.includes('kk') ? 'Latin script (Jaŋalif)' : 'Latin script', 'Cyrl+Latn': 'Cyrillic and Latin script' })[s] || s,
      sourceText: 'Document text',
      noImage: 'This page has no image — showing its text.',
      emptyText: '(no text recognised)',
      imageAlt: (n, total, title) => `Scan of page ${n} of ${total}: ${title}`,
      imageError: 'The page image could not be loaded.',
      docLoading: 'Loading document…',
      meta: { date: 'Date', archive: 'Archive', doc_type: 'Document type', language: 'Language' },
      languages: { ru: 'Russian', kk: 'Kazakh', kz: 'Kazakh', en: 'English', de: 'German' },
      format: 'Format',
      facetNames: { language: 'Language', doc_type: 'Document type', year: 'Year', archive: 'Archive', fond: 'Fond',
        opis: 'Opis (inventory)', delo: 'Delo (file)', list: 'List (sheet)', format: 'Format', collection: 'Collection' },
      langNames: { ru: 'Russian', kk: 'Kazakh', kz: 'Kazakh', en: 'English', de: 'German' },
      showMore: (n) => `Show ${n} more`,
      showLess: 'Show less',
      filtersButton: (n) => (n ? `Filters (${n})` : 'Filters'),
      showResults: 'Show results',
      activeFilters: 'Active filters:',
      clearFilters: 'Clear all',
      removeFilter: (what) => `Remove filter “${what}”`,
      dateRange: 'Document date',
      dateFrom: 'from',
      dateTo: 'to',
      dateApply: 'OK',
      datePlaceholder: 'yyyy',
      dateHint: 'A year (1937) or a date (1937-10-14)',
      dateInvalid: 'Write a date as 1937, 1937-10 or 1937-10-14 (or 14.10.1937).',
      dateChip: (a, b) => (a && b ? `${a} – ${b}` : a ? `from ${a}` : `until ${b}`),
      sortLabel: 'Order:',
      sortRelevance: 'by relevance',
      sortDateAsc: 'oldest first',
      sortDateDesc: 'newest first',
      exportLabel: 'Download list:',
      exportCsvTitle: 'All documents found, as a CSV table (Excel, LibreOffice)',
      exportJsonTitle: 'All documents found, as JSON',
      didYouMean: 'Did you mean',
      suggestions: 'Suggestions',
      suggestionDocs: (n) => `${fmtNum(n)} ${n === 1 ? 'doc' : 'docs'}`,
    },
  };
  const LANGS = Object.keys(I18N);
  const PAGE_SIZE = 20;
  const MAX_WINDOW = 10000;
  const META_CHIPS = ['date', 'archive', 'doc_type', 'language'];
  /** Values shown per facet group before "show more"; years are compact, so more of them. */
  const FACET_LIMIT = 8;
  const FACET_YEAR_LIMIT = 18;
  /** Facet groups the reader expanded ("show more"), kept across searches. */
  const expandedFacets = new Set();
  const ZOOM_STEP = 1.25;
  const MIN_SCALE = 0.05;
  const MAX_SCALE = 4;
  /** Documents with at most this many pages are probed page by page for hits when no search result lists them. */
  const PROBE_PAGES_LIMIT = 60;

  let lang = 'ru';
  const t = (key) => I18N[lang][key] ?? I18N.ru[key] ?? key;

  function fmtNum(n) {
    return Number(n).toLocaleString(lang === 'en' ? 'en' : lang === 'kk' ? 'kk' : 'ru');
  }

  function plural(n, one, few, many) {
    const m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) return one;
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
    return many;
  }

  // ---------------------------------------------------------------- helpers
  const $ = (sel) => document.querySelector(sel);
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'dataset') Object.assign(e.dataset, v);
        else if (k === 'text') e.textContent = v;
        else e.setAttribute(k, v === true ? '' : v);
      }
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  };

  /** Document ids are paths: encode each segment, keep the slashes. */
  const encodeId = (id) => id.split('/').map(encodeURIComponent).join('/');
  const docUrl = (id) => `api/documents/${encodeId(id)}`;

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        try { return String.fromCodePoint(cp); } catch { return m; }
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  }

  /**
   * A snippet from the API as DOM nodes: only <mark>/</mark> become elements, everything else is
   * text (entities decoded). Anything else that looks like markup stays visible as text.
   */
  function snippetFragment(snippet) {
    const frag = document.createDocumentFragment();
    let target = frag;
    for (const part of String(snippet ?? '').split(/(<mark>|<\/mark>)/i)) {
      if (/^<mark>$/i.test(part)) {
        if (target === frag) { target = el('mark'); frag.append(target); }
      } else if (/^<\/mark>$/i.test(part)) {
        target = frag;
      } else if (part) {
        target.append(document.createTextNode(decodeEntities(part)));
      }
    }
    return frag;
  }

  function markedWords(snippet) {
    const words = [];
    String(snippet ?? '').replace(/<mark>(.*?)<\/mark>/gi, (m, w) => { words.push(decodeEntities(w)); return m; });
    return words;
  }

  const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /** Plain text as nodes with the given words marked (whole-word-ish, case-insensitive). */
  function markText(container, text, words) {
    container.textContent = '';
    const uniq = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))]
      .sort((a, b) => b.length - a.length);
    if (!uniq.length) { container.textContent = text; return; }
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(${uniq.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) container.append(text.slice(last, m.index));
      container.append(el('mark', { class: 'text-hit', text: m[0] }));
      last = m.index + m[0].length;
    }
    if (last < text.length) container.append(text.slice(last));
  }

  async function api(url, signal) {
    let res;
    try {
      res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      const err = new Error(t('networkError'));
      err.network = true;
      throw err;
    }
    let body = null;
    try { body = await res.json(); } catch { /* not JSON */ }
    if (!res.ok) {
      const err = new Error((body && body.error) || `HTTP ${res.status}`);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  // ---------------------------------------------------------------- URL state
  const SORTS = ['relevance', 'date', '-date'];
  const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  function readUrl() {
    const p = new URLSearchParams(location.search);
    const page = parseInt(p.get('page') ?? '', 10);
    const from = parseInt(p.get('from') ?? '', 10);
    const at = parseInt(p.get('at') ?? '', 10);
    const filters = {};
    for (const [k, v] of p) {
      if (!k.startsWith('f.') || k.length < 3 || !v) continue;
      const dim = k.slice(2);
      (filters[dim] ||= []);
      if (!filters[dim].includes(v)) filters[dim].push(v);
    }
    const cursor = p.get('cursor') || null;
    const date = (name) => { const v = (p.get(name) || '').trim(); return DATE_RE.test(v) ? v : ''; };
    return {
      q: p.get('q') ?? '',
      syntax: p.get('syntax') === 'lucene' ? 'lucene' : 'simple',
      from: cursor ? 0 : Number.isFinite(from) && from > 0 ? Math.min(from, MAX_WINDOW - PAGE_SIZE) : 0,
      cursor,
      at: cursor && Number.isFinite(at) && at > 0 ? at : 0,
      filters,
      dateFrom: date('date_from'),
      dateTo: date('date_to'),
      sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
      doc: p.get('doc') || null,
      page: Number.isFinite(page) && page > 0 ? page : null,
      lang: p.get('lang'),
    };
  }

  /** The search's own parameters (query, filters, dates, order), as the search and export APIs take them. */
  function queryParams(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    if (s.syntax && s.syntax !== 'simple') p.set('syntax', s.syntax);
    for (const [dim, values] of Object.entries(s.filters || {})) for (const v of values) p.append(`f.${dim}`, v);
    if (s.dateFrom) p.set('date_from', s.dateFrom);
    if (s.dateTo) p.set('date_to', s.dateTo);
    if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
    return p;
  }

  function buildUrl(s) {
    const p = queryParams(s);
    if (s.cursor) { p.set('cursor', s.cursor); if (s.at) p.set('at', String(s.at)); }
    else if (s.from) p.set('from', String(s.from));
    if (s.doc) p.set('doc', s.doc);
    if (s.doc && s.page) p.set('page', String(s.page));
    if (lang !== 'ru') p.set('lang', lang);
    const qs = p.toString();
    return location.pathname + (qs ? `?${qs}` : '');
  }

  /** The state shown now, in URL form. */
  function currentState() {
    return {
      q: search.q, syntax: search.syntax, from: search.from, cursor: search.cursor, at: search.at,
      filters: search.filters, dateFrom: search.dateFrom, dateTo: search.dateTo, sort: search.sort,
      doc: viewer.doc ? viewer.doc.id : null, page: viewer.doc ? viewer.page : null,
    };
  }

  function pushState(replace, state) {
    const url = buildUrl(currentState());
    if (url === location.pathname + location.search) return;
    if (replace) history.replaceState(state ?? history.state, '', url);
    else history.pushState(state ?? null, '', url);
  }

  // ---------------------------------------------------------------- language
  function pickLang() {
    const fromUrl = readUrl().lang;
    if (fromUrl && LANGS.includes(fromUrl)) return fromUrl;
    try {
      const stored = localStorage.getItem('muragat.lang');
      if (stored && LANGS.includes(stored)) return stored;
    } catch { /* storage disabled */ }
    return 'ru';
  }

  function setLang(l, persist) {
    lang = LANGS.includes(l) ? l : 'ru';
    if (persist) {
      try { localStorage.setItem('muragat.lang', lang); } catch { /* storage disabled */ }
    }
    document.documentElement.lang = t('htmlLang');
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    document.querySelectorAll('[data-i18n-aria]').forEach((e) => e.setAttribute('aria-label', t(e.dataset.i18nAria)));
    document.querySelectorAll('[data-i18n-title]').forEach((e) => e.setAttribute('title', t(e.dataset.i18nTitle)));
    document.querySelectorAll('#lang-switch button').forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
    $('#q').placeholder = t('searchPlaceholder');
    $('#date-from').placeholder = t('datePlaceholder');
    $('#date-to').placeholder = t('datePlaceholder');
    renderHelp();
    renderActiveFilters();
    if (search.data) renderResults();
    else if (search.error) showError(search.error);
    if (viewer.doc) renderViewer();
  }

  function renderHelp() {
    const body = $('#syntax-help-body');
    body.textContent = '';
    const table = (title, rows) => el('section', null,
      el('h3', { text: title }),
      el('dl', null, ...rows.flatMap(([code, what]) => [
        el('dt', null, el('code', { text: code })), el('dd', { text: what })])));
    body.append(table(t('helpSimpleTitle'), t('helpSimple')), table(t('helpLuceneTitle'), t('helpLucene')),
      el('p', { class: 'help-note', text: t('helpNote') }));
  }

  // ---------------------------------------------------------------- search
  const search = {
    q: '', syntax: 'simple', from: 0, cursor: null, at: 0,
    filters: {}, dateFrom: '', dateTo: '', sort: 'relevance',
    data: null, error: null, loadedKey: null, controller: null,
  };

  const searchKey = (s) => JSON.stringify([s.q, s.syntax, s.from, s.cursor, s.filters, s.dateFrom, s.dateTo, s.sort]);

  /** The offset of the first result shown: from, or where the cursor pages began. */
  const offset = () => (search.cursor ? search.at : search.from);

  async function runSearch() {
    const key = searchKey(search);
    if (search.controller) search.controller.abort();
    const controller = new AbortController();
    search.controller = controller;
    search.loadedKey = key;
    $('#status').textContent = t('loading');
    $('#results').setAttribute('aria-busy', 'true');
    const p = queryParams(search);
    if (search.cursor) p.set('cursor', search.cursor);
    else p.set('from', String(search.from));
    p.set('size', String(PAGE_SIZE));
    updateExportLinks();
    renderActiveFilters();
    try {
      const data = await api(`api/search?${p}`, controller.signal);
      if (controller !== search.controller) return;
      search.data = data;
      search.error = null;
      renderResults();
    } catch (e) {
      if (e.name === 'AbortError' || controller !== search.controller) return;
      search.data = null;
      search.error = e;
      search.loadedKey = null;
      showError(e);
    } finally {
      if (controller === search.controller) $('#results').removeAttribute('aria-busy');
    }
  }

  function showError(e) {
    $('#results').textContent = '';
    $('#pager').hidden = true;
    $('#status').textContent = '';
    $('#did-you-mean').hidden = true;
    $('#export').hidden = true;
    const box = $('#error');
    box.textContent = '';
    box.append(el('strong', { text: e.network ? '' : `${t('errorPrefix')}: ` }), el('span', { class: 'error-message', text: e.message }));
    box.hidden = false;
  }

  function hitPagesOf(id) {
    const hit = search.data && search.data.hits.find((h) => h.id === id);
    return hit ? hit : null;
  }

  function renderResults() {
    const data = search.data;
    $('#error').hidden = true;
    const list = $('#results');
    list.textContent = '';
    const status = $('#status');
    status.textContent = data.total === 0 ? ''
      : (search.q || activeFilterCount() ? t('found') : t('allDocs'))(data.total, data.took_ms);
    renderDidYouMean(data.did_you_mean);
    if (data.total === 0 || data.hits.length === 0) {
      list.append(el('li', { class: 'no-results', text: t('nothingFound') }));
    }
    const first = offset();
    data.hits.forEach((hit, i) => list.append(renderHit(hit, first + i + 1)));

    const pager = $('#pager');
    const last = first + data.hits.length;
    pager.hidden = data.total <= PAGE_SIZE && first === 0;
    $('#pager-range').textContent = data.hits.length ? t('range')(first + 1, last, data.total) : '';
    $('#prev-results').disabled = first <= 0;
    $('#next-results').disabled = last >= data.total || !(canPageByFrom() || data.next_cursor);
    $('#export').hidden = data.total === 0;
    updateExportLinks();
    renderActiveFilters();
    renderFacets(data.facets);
  }

  /** The next page is still inside the window from/size may address. */
  const canPageByFrom = () => !search.cursor && search.from + 2 * PAGE_SIZE <= MAX_WINDOW;

  function renderDidYouMean(suggestion) {
    const box = $('#did-you-mean');
    box.textContent = '';
    box.hidden = !suggestion;
    if (!suggestion) return;
    const link = el('a', { id: 'did-you-mean-link', href: buildUrl({ ...currentState(), q: suggestion, from: 0, cursor: null, doc: null }),
      lang: /[әғқңөұүһі]/i.test(suggestion) ? 'kk' : null }, suggestion);
    link.addEventListener('click', (ev) => {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      $('#q').value = suggestion;
      submitSearch();
    });
    box.append(`${t('didYouMean')} «`, link, '»?');
  }

  function updateExportLinks() {
    const p = queryParams(search);
    for (const format of ['csv', 'json']) {
      const q = new URLSearchParams([['format', format], ...p]);
      $(`#export-${format}`).href = `api/export?${q}`;
    }
  }

  // ---------------------------------------------------------------- filters
  function activeFilterCount() {
    return Object.values(search.filters).reduce((n, v) => n + v.length, 0) + (search.dateFrom || search.dateTo ? 1 : 0);
  }

  const facetName = (dim) => (t('facetNames') || {})[dim] || dim;

  function facetValueLabel(dim, value) {
    if (dim === 'language') return t('langNames')[String(value).toLowerCase()] || value;
    return String(value);
  }

  /** A new search with the same query: filters, dates or order changed. */
  function refine(change) {
    change();
    search.from = 0;
    search.cursor = null;
    search.at = 0;
    search.loadedKey = null;
    if (!$('#viewer').hidden) closeViewer();
    pushState(false);
    runSearch();
  }

  function toggleFilter(dim, value, on) {
    refine(() => {
      const values = (search.filters[dim] || []).filter((v) => v !== value);
      if (on) values.push(value);
      const filters = { ...search.filters };
      if (values.length) filters[dim] = values; else delete filters[dim];
      search.filters = filters;
    });
  }

  function clearFilters() {
    refine(() => { search.filters = {}; search.dateFrom = ''; search.dateTo = ''; });
    syncFormFromState();
  }

  function renderActiveFilters() {
    const box = $('#active-filters');
    const list = $('#active-filter-list');
    list.textContent = '';
    const chip = (label, remove, dataset) => {
      const b = el('button', { type: 'button', class: 'active-filter', dataset, 'aria-label': t('removeFilter')(label) },
        el('span', { class: 'active-filter-text', text: label }), el('span', { class: 'active-filter-x', 'aria-hidden': 'true', text: '✕' }));
      b.addEventListener('click', () => {
        const next = b.closest('li').nextElementSibling || b.closest('li').previousElementSibling;
        remove();
        // keep the keyboard where it was: on a neighbouring chip, or the search box
        const target = next && document.body.contains(next) ? next.querySelector('button') : null;
        (target || $('#q')).focus({ preventScroll: true });
      });
      list.append(el('li', null, b));
    };
    for (const [dim, values] of Object.entries(search.filters)) {
      for (const v of values) {
        chip(`${facetName(dim)}: ${facetValueLabel(dim, v)}`, () => toggleFilter(dim, v, false), { dim, value: v });
      }
    }
    if (search.dateFrom || search.dateTo) {
      chip(`${t('dateRange')}: ${t('dateChip')(search.dateFrom, search.dateTo)}`,
        () => { refine(() => { search.dateFrom = ''; search.dateTo = ''; }); syncFormFromState(); }, { dim: 'date' });
    }
    const n = activeFilterCount();
    box.hidden = n === 0;
    $('#clear-filters').hidden = n < 2;
    $('#facets-toggle').textContent = t('filtersButton')(n);
  }

  /** Facet counts as checkboxes; a chosen value stays listed (with 0) so it can be unchecked. */
  function renderFacets(facets) {
    const groups = $('#facet-groups');
    const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('#facet-groups')
      ? { dim: document.activeElement.dataset.dim, value: document.activeElement.dataset.value, more: document.activeElement.dataset.more }
      : null;
    groups.textContent = '';
    const all = { ...(facets && typeof facets === 'object' ? facets : {}) };
    for (const dim of Object.keys(search.filters)) if (!all[dim]) all[dim] = [];
    for (const [dim, raw] of Object.entries(all)) {
      if (!Array.isArray(raw)) continue;
      const values = raw.map((v) => (v && typeof v === 'object' ? { value: String(v.value), count: v.count } : { value: String(v), count: null }));
      const chosen = search.filters[dim] || [];
      for (const c of chosen) if (!values.some((v) => v.value === c)) values.push({ value: c, count: 0 });
      if (!values.length) continue;
      const headingId = `facet-h-${dim}`;
      const list = el('ul', { class: `facet-values facet-values-${dim === 'year' ? 'year' : 'list'}`, 'aria-labelledby': headingId });
      const limit = dim === 'year' ? FACET_YEAR_LIMIT : FACET_LIMIT;
      const expanded = expandedFacets.has(dim);
      values.forEach((v, i) => {
        const checked = chosen.includes(v.value);
        const label = facetValueLabel(dim, v.value);
        const box = el('input', { type: 'checkbox', class: 'facet-checkbox', checked, dataset: { dim, value: v.value } });
        box.addEventListener('change', () => toggleFilter(dim, v.value, box.checked));
        const item = el('li', { hidden: !expanded && i >= limit && !checked },
          el('label', { class: `facet-value${checked ? ' chosen' : ''}`, dataset: { dim, value: v.value }, title: label },
            box, el('span', { class: 'facet-label', text: label }),
            v.count != null ? el('span', { class: 'facet-count', text: fmtNum(v.count) }) : null));
        list.append(item);
      });
      const section = el('section', { class: 'facet-group', dataset: { dim } },
        el('h3', { id: headingId, text: facetName(dim) }), list);
      const hiddenCount = list.querySelectorAll('li[hidden]').length;
      if (values.length > limit && (expanded || hiddenCount > 0)) {
        const more = el('button', { type: 'button', class: 'facet-more', 'aria-expanded': String(expanded), dataset: { more: dim } },
          expanded ? t('showLess') : t('showMore')(hiddenCount));
        more.addEventListener('click', () => {
          if (expandedFacets.has(dim)) expandedFacets.delete(dim); else expandedFacets.add(dim);
          renderFacets(search.data && search.data.facets);
        });
        section.append(more);
      }
      groups.append(section);
    }
    if (focused) {
      const sel = focused.more ? `.facet-more[data-more="${CSS.escape(focused.more)}"]`
        : `.facet-checkbox[data-dim="${CSS.escape(focused.dim || '')}"][data-value="${CSS.escape(focused.value || '')}"]`;
      const again = groups.querySelector(sel);
      if (again) again.focus({ preventScroll: true });
    }
  }

  function renderHit(hit, rank) {
    const title = hit.title || hit.id;
    // the first matching page; none (a title match): the viewer opens on the first page the reader may see
    const firstPage = hit.pages && hit.pages.length ? hit.pages[0].number : null;
    const titleLink = el('a', {
      class: 'hit-title', href: buildUrl({ ...currentState(), doc: hit.id, page: firstPage }),
      dataset: { id: hit.id, page: firstPage == null ? '' : String(firstPage) },
    }, title);
    titleLink.addEventListener('click', (ev) => {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      openDocument(hit.id, firstPage, { push: true, opener: titleLink });
    });

    const facts = el('div', { class: 'hit-facts' });
    if (hit.format) facts.append(el('span', { class: 'hit-format', title: t('format'), text: hit.format }));
    if (hit.pageCount) facts.append(el('span', { class: 'hit-pagecount', text: t('pages')(hit.pageCount) }));
    if (hit.title && hit.title !== hit.id) facts.append(el('span', { class: 'hit-id', text: hit.id }));

    const chips = el('ul', { class: 'chips' });
    const meta = hit.metadata || {};
    for (const key of META_CHIPS) {
      const v = meta[key];
      if (!v) continue;
      const shown = key === 'language' ? (t('languages')[v.toLowerCase()] || v) : v;
      chips.append(el('li', { class: `chip chip-${key}`, title: t('meta')[key] },
        el('span', { class: 'chip-key', text: `${t('meta')[key]}: ` }), shown));
    }

    const pages = el('ul', { class: 'page-hits' });
    for (const p of hit.pages || []) {
      const a = el('a', {
        class: 'page-snippet', href: buildUrl({ ...currentState(), doc: hit.id, page: p.number }),
        dataset: { page: String(p.number), id: hit.id },
      }, el('span', { class: 'page-label', text: t('pageShort')(p.number) }), ' ',
      el('span', { class: 'snippet-text' }, snippetFragment(p.snippet)));
      a.addEventListener('click', (ev) => {
        if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
        ev.preventDefault();
        openDocument(hit.id, p.number, { push: true, opener: a });
      });
      pages.append(el('li', null, a));
    }

    return el('li', { class: 'hit', dataset: { id: hit.id } },
      el('div', { class: 'hit-rank', 'aria-hidden': 'true', text: `${rank}.` }),
      el('div', { class: 'hit-body' },
        el('h3', { class: 'hit-heading' }, titleLink),
        facts,
        hit.citation ? el('div', { class: 'citation', text: hit.citation }) : null,
        chips.childElementCount ? chips : null,
        pages.childElementCount ? pages : null));
  }

  // ---------------------------------------------------------------- viewer
  const viewer = {
    doc: null, page: 1, loadingId: null, controller: null,
    /** Page numbers known to have hits, ascending; null while unknown. */
    hitPages: null,
    /** Words marked in this document's snippets (for text-only pages). */
    snippetWords: [],
    boxes: [], boxesKey: null, hitIndex: 0,
    scale: 'width', showText: true, opener: null, boxesController: null,
    pendingHit: null,
  };

  async function openDocument(id, page, opts = {}) {
    const dlg = $('#viewer');
    if (opts.opener) viewer.opener = opts.opener;
    const wasOpen = !dlg.hidden;
    dlg.hidden = false;
    document.body.classList.add('viewer-open');
    if (!viewer.doc || viewer.doc.id !== id) {
      if (viewer.controller) viewer.controller.abort();
      const controller = new AbortController();
      viewer.controller = controller;
      viewer.loadingId = id;
      viewer.doc = null;
      viewer.hitPages = null;
      viewer.boxes = [];
      viewer.boxesKey = null;
      $('#viewer-title').textContent = t('docLoading');
      $('#viewer-citation').textContent = '';
      $('#page-image').removeAttribute('src');
      $('#hit-layer').textContent = '';
      try {
        const doc = await api(docUrl(id), controller.signal);
        if (controller !== viewer.controller) return;
        viewer.doc = doc;
      } catch (e) {
        if (e.name === 'AbortError' || controller !== viewer.controller) return;
        $('#viewer-title').textContent = `${t('errorPrefix')}: ${e.message}`;
        $('#page-message').textContent = e.message;
        $('#page-message').hidden = false;
        return;
      }
    }
    const doc = viewer.doc;
    viewer.page = resolvePage(page);
    viewer.hitIndex = opts.lastHit ? -1 : 0;
    viewer.pendingHit = search.q ? (opts.lastHit ? 'last' : 'first') : null;
    const known = hitPagesOf(doc.id);
    viewer.snippetWords = known ? known.pages.flatMap((p) => markedWords(p.snippet)) : [];
    if (known) viewer.hitPages = known.pages.map((p) => p.number).sort((a, b) => a - b);
    else if (viewer.hitPages == null) probeHitPages(doc);
    if (opts.push) pushState(false);
    else if (opts.replace) pushState(true);
    renderViewer();
    if (!wasOpen) $('#viewer-close').focus();
  }

  /*
   * Page numbers are the document's own: with pages hidden by their access level the document
   * view lists only the others (1, 2, 4, 7), so a page is found by its number, never by its place
   * in the list, and stepping goes to the next listed number. A hidden page is never asked for.
   */

  /** The numbers of the pages the reader may see, ascending. */
  function pageNumbers() {
    return viewer.doc ? viewer.doc.pages.map((p) => p.number).sort((a, b) => a - b) : [];
  }

  const pageByNumber = (n) => (viewer.doc ? viewer.doc.pages.find((p) => p.number === n) || null : null);

  /** The last page number the reader may see: the document as far as they know it. */
  function lastPageNumber() {
    const nums = pageNumbers();
    return nums.length ? nums[nums.length - 1] : 0;
  }

  /** Page numbers up to the last visible one that the document view leaves out: closed to this reader. */
  function hiddenPageNumbers() {
    const shown = new Set(pageNumbers());
    const out = [];
    for (let n = 1; n < lastPageNumber(); n++) if (!shown.has(n)) out.push(n);
    return out;
  }

  /** 3, 5, 6, 7, 9 → "3, 5–7, 9"; very long lists end with "…". */
  function pageRanges(nums, limit = 8) {
    const runs = [];
    for (const n of nums) {
      const last = runs[runs.length - 1];
      if (last && n === last[1] + 1) last[1] = n; else runs.push([n, n]);
    }
    const text = runs.slice(0, limit).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
    if (runs.length > limit) text.push('…');
    return text.join(', ');
  }

  /** The page a link or URL asks for: that number as it is (even hidden: the reader is told), or the first visible page. */
  function resolvePage(n) {
    const nums = pageNumbers();
    if (n == null || !Number.isFinite(n) || n < 1) return nums.length ? nums[0] : 1;
    return n;
  }

  /** The visible page after (dir 1) or before (dir -1) page n, or null. */
  function neighbourPage(n, dir) {
    const nums = pageNumbers();
    return dir > 0 ? nums.find((m) => m > n) ?? null : nums.slice().reverse().find((m) => m < n) ?? null;
  }

  function stepPage(dir) {
    const n = neighbourPage(viewer.page, dir);
    if (n != null) gotoPage(n);
  }

  /** No search result lists this document (e.g. a shared link past the first result page): ask page by page. */
  async function probeHitPages(doc) {
    if (!search.q || doc.pages.length > PROBE_PAGES_LIMIT) { viewer.hitPages = []; return; }
    const found = [];
    const queue = doc.pages.filter((p) => p.image).map((p) => p.number); // visible pages only
    const q = new URLSearchParams({ q: search.q, syntax: search.syntax });
    const worker = async () => {
      while (queue.length) {
        const n = queue.shift();
        try {
          const r = await api(`${docUrl(doc.id)}/pages/${n}/hits?${q}`);
          if (r.boxes && r.boxes.length) found.push(n);
        } catch { /* leave the page out */ }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    if (viewer.doc !== doc) return;
    viewer.hitPages = found.sort((a, b) => a - b);
    updateHitControls();
  }

  /** The page shown, or null when the URL asked for one the reader may not see. */
  function currentPage() {
    return pageByNumber(viewer.page);
  }

  function renderViewer() {
    const doc = viewer.doc;
    if (!doc) return;
    const page = currentPage();
    const total = lastPageNumber();
    const hidden = hiddenPageNumbers();
    $('#viewer-title').textContent = doc.title || doc.id;
    $('#viewer-citation').textContent = doc.citation || '';
    const counter = $('#page-counter');
    const gaps = pageRanges(hidden);
    // a closed page inside the document reads like any other: its number is among those listed closed
    const counterText = !page && (viewer.page > total || !hidden.includes(viewer.page)) ? t('pageCounterMissing')(viewer.page, total)
      : hidden.length ? t('pageCounterGaps')(viewer.page, total, gaps, hidden.length)
        : t('pageCounter')(viewer.page, total);
    counter.textContent = counterText;
    counter.setAttribute('aria-label', page && !hidden.length ? t('pageCounterLabel')(viewer.page, total) : counterText);
    counter.title = hidden.length ? pageRanges(hidden, Infinity) : '';
    counter.classList.toggle('has-gaps', hidden.length > 0 || !page);
    $('#prev-page').disabled = neighbourPage(viewer.page, -1) == null;
    $('#next-page').disabled = neighbourPage(viewer.page, 1) == null;
    $('#toggle-text').setAttribute('aria-pressed', String(viewer.showText));
    $('#viewer-body').classList.toggle('text-hidden', !viewer.showText);

    const img = $('#page-image');
    const stage = $('#page-stage');
    const msg = $('#page-message');
    const hasImage = !!(page && page.image);
    $('#viewer').classList.toggle('no-image', !hasImage);
    $('#viewer').classList.toggle('page-missing', !page);
    $('#zoom-tools').hidden = !hasImage;
    const openImage = $('#open-image');
    msg.hidden = true;
    msg.classList.remove('page-closed');
    if (!page) {
      // a hidden (or no such) page: say so, and ask the server for nothing of it
      stage.hidden = true;
      img.removeAttribute('src');
      openImage.hidden = true;
      msg.textContent = '';
      msg.classList.add('page-closed');
      if (!total) {
        msg.append(el('strong', { text: t('noPagesAvailable') }));
      } else {
        msg.append(el('strong', { text: viewer.page < total ? t('pageClosed')(viewer.page) : t('pageAbsent')(viewer.page, total) }),
          ' ', t('pagesAvailable')(pageRanges(pageNumbers(), 20)));
      }
      msg.hidden = false;
    } else if (hasImage) {
      const src = `${docUrl(doc.id)}/pages/${viewer.page}/image`;
      stage.hidden = false;
      stage.style.aspectRatio = page.width && page.height ? `${page.width} / ${page.height}` : '';
      img.alt = t('imageAlt')(viewer.page, total, doc.title || doc.id);
      if (img.getAttribute('src') !== src) {
        img.classList.remove('loaded');
        img.src = src;
      }
      openImage.href = src;
      openImage.hidden = false;
    } else {
      stage.hidden = true;
      img.removeAttribute('src');
      openImage.hidden = true;
      msg.textContent = t('noImage');
      msg.hidden = false;
    }
    applyZoom();
    renderPageText();
    loadBoxes();
  }

  function renderPageText() {
    const page = currentPage();
    const textBox = $('#page-text');
    const src = $('#text-source');
    if (!page) { textBox.textContent = ''; src.textContent = ''; return; }
    src.textContent = page.source === 'ocr' ? t('sourceOcr')(page.confidence)
      : page.source === 'text_layer' ? t('sourceTextLayer') : t('sourceText');
    if (page.script) {
      const script = document.createElement('span');
      script.className = 'page-script';
      script.dataset.script = page.script;
      script.textContent = ` · ${t('script')(page.script, page.languages || [])}${(page.languages || []).length ? ` (${page.languages.join(', ')})` : ''}`;
      src.appendChild(script);
    }
    const words = viewer.snippetWords.concat(viewer.boxes.map((b) => b.word));
    const text = page.text || '';
    if (!text.trim()) { textBox.textContent = t('emptyText'); return; }
    markText(textBox, text, search.q ? words : []);
  }

  async function loadBoxes() {
    const doc = viewer.doc;
    const page = currentPage();
    const key = JSON.stringify([doc.id, viewer.page, search.q, search.syntax]);
    if (viewer.boxesKey === key) { drawBoxes(); afterBoxes(); return; }
    viewer.boxesKey = key;
    viewer.boxes = [];
    drawBoxes();
    if (viewer.boxesController) viewer.boxesController.abort();
    if (!search.q || !page || !page.image) { afterBoxes(); return; }
    const controller = new AbortController();
    viewer.boxesController = controller;
    const q = new URLSearchParams({ q: search.q, syntax: search.syntax });
    try {
      const r = await api(`${docUrl(doc.id)}/pages/${viewer.page}/hits?${q}`, controller.signal);
      if (controller !== viewer.boxesController) return;
      viewer.boxes = (r.boxes || []).slice().sort((a, b) => (a.y - b.y) || (a.x - b.x));
    } catch (e) {
      if (e.name === 'AbortError' || controller !== viewer.boxesController) return;
      viewer.boxes = [];
    }
    drawBoxes();
    renderPageText();
    afterBoxes();
  }

  /** Targets of hit navigation on the current page: boxes on a scan, marks in a text-only page. */
  function hitTargets() {
    const page = currentPage();
    if (page && page.image) return Array.from(document.querySelectorAll('#hit-layer .hit-box'));
    return Array.from(document.querySelectorAll('#page-text mark'));
  }

  function afterBoxes() {
    const targets = hitTargets();
    if (viewer.pendingHit === 'last') viewer.hitIndex = targets.length - 1;
    else if (viewer.pendingHit === 'first') viewer.hitIndex = 0;
    viewer.hitIndex = Math.min(Math.max(0, viewer.hitIndex), Math.max(0, targets.length - 1));
    const scroll = viewer.pendingHit != null;
    viewer.pendingHit = null;
    highlightCurrent(scroll);
    updateHitControls();
  }

  function drawBoxes() {
    const layer = $('#hit-layer');
    layer.textContent = '';
    const page = currentPage();
    if (!page || !page.image) return;
    const img = $('#page-image');
    const w = page.width || img.naturalWidth;
    const h = page.height || img.naturalHeight;
    if (!w || !h) return;
    // percentages of the page: the boxes follow the image through zooming and resizing
    for (const b of viewer.boxes) {
      const pad = Math.max(2, b.h * 0.12);
      const box = el('div', { class: 'hit-box', title: b.word, dataset: { word: b.word } });
      box.style.left = `${((b.x - pad) / w) * 100}%`;
      box.style.top = `${((b.y - pad) / h) * 100}%`;
      box.style.width = `${((b.w + 2 * pad) / w) * 100}%`;
      box.style.height = `${((b.h + 2 * pad) / h) * 100}%`;
      layer.append(box);
    }
  }

  function highlightCurrent(scroll) {
    const targets = hitTargets();
    targets.forEach((tEl, i) => tEl.classList.toggle('current', i === viewer.hitIndex));
    const cur = targets[viewer.hitIndex];
    if (cur && scroll) scrollIntoPane(cur);
  }

  function scrollIntoPane(target) {
    // an instant jump: the reader's eye follows the highlighted box, not an animation
    const go = () => target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'auto' });
    const img = $('#page-image');
    if (target.classList.contains('hit-box') && !img.complete) img.addEventListener('load', go, { once: true });
    else go();
    // keep the text pane in step: show the same word there
    if (target.classList.contains('hit-box')) {
      const word = target.dataset.word;
      const marks = Array.from(document.querySelectorAll('#page-text mark'));
      marks.forEach((m) => m.classList.remove('current'));
      const same = marks.filter((m) => m.textContent === word);
      const idx = hitTargets().filter((b) => b.dataset.word === word).indexOf(target);
      const m = same[idx] || same[0];
      if (m && viewer.showText) {
        m.classList.add('current');
        const pane = $('#page-text');
        pane.scrollTop = m.offsetTop - pane.offsetTop - pane.clientHeight / 2;
      }
    }
  }

  function updateHitControls() {
    const targets = hitTargets();
    const hasQuery = !!search.q;
    $('#hit-tools').hidden = !hasQuery;
    const counter = $('#hit-counter');
    counter.textContent = t('hitCounter')(targets.length ? viewer.hitIndex + 1 : 0, targets.length);
    counter.setAttribute('aria-label', targets.length ? t('hitCounterLabel')(viewer.hitIndex + 1, targets.length) : t('noHitsOnPage'));
    const pages = viewer.hitPages || [];
    const later = pages.some((n) => n > viewer.page);
    const earlier = pages.some((n) => n < viewer.page);
    $('#next-hit').disabled = !(viewer.hitIndex < targets.length - 1 || later);
    $('#prev-hit').disabled = !((targets.length && viewer.hitIndex > 0) || earlier);
  }

  function gotoHit(dir) {
    const targets = hitTargets();
    const next = viewer.hitIndex + dir;
    if (targets.length && next >= 0 && next < targets.length) {
      viewer.hitIndex = next;
      highlightCurrent(true);
      updateHitControls();
      return;
    }
    const pages = viewer.hitPages || [];
    const target = dir > 0 ? pages.find((n) => n > viewer.page) : pages.slice().reverse().find((n) => n < viewer.page);
    if (target != null) gotoPage(target, dir < 0 ? 'last' : 'first');
  }

  function gotoPage(n, hit) {
    if (!viewer.doc) return;
    const page = pageByNumber(n) ? n : resolvePage(n);
    if (page === viewer.page && !hit) return;
    viewer.page = page;
    viewer.hitIndex = hit === 'last' ? -1 : 0;
    viewer.pendingHit = hit || (search.q ? 'first' : null);
    $('#page-pane').scrollTo(0, 0);
    pushState(true);
    renderViewer();
  }

  function closeViewer(opts = {}) {
    const dlg = $('#viewer');
    if (dlg.hidden) return;
    dlg.hidden = true;
    document.body.classList.remove('viewer-open');
    if (viewer.controller) viewer.controller.abort();
    viewer.doc = null;
    viewer.boxesKey = null;
    $('#page-image').removeAttribute('src');
    if (opts.push) pushState(false);
    const opener = viewer.opener;
    viewer.opener = null;
    if (opener && document.body.contains(opener)) opener.focus();
    else $('#q').focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------- zoom
  function pageDims() {
    const page = currentPage();
    const img = $('#page-image');
    return { w: (page && page.width) || img.naturalWidth || 1000, h: (page && page.height) || img.naturalHeight || 1414 };
  }

  function fitScale(mode) {
    const pane = $('#page-pane');
    const { w, h } = pageDims();
    const cs = getComputedStyle(pane);
    const availW = pane.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const availH = pane.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    const sw = Math.max(50, availW) / w;
    if (mode === 'page') return Math.min(sw, Math.max(50, availH) / h);
    return sw;
  }

  function effectiveScale() {
    return typeof viewer.scale === 'number' ? viewer.scale : fitScale(viewer.scale);
  }

  function applyZoom() {
    const stage = $('#page-stage');
    const { w } = pageDims();
    stage.style.width = `${Math.round(w * effectiveScale())}px`;
    $('#zoom-fit').setAttribute('aria-pressed', String(viewer.scale === 'width'));
    $('#zoom-page').setAttribute('aria-pressed', String(viewer.scale === 'page'));
    const s = effectiveScale();
    $('#zoom-in').disabled = s >= MAX_SCALE;
    $('#zoom-out').disabled = s <= MIN_SCALE;
  }

  function zoomTo(scale) {
    const pane = $('#page-pane');
    // keep the point at the centre of the pane where it is
    const cx = (pane.scrollLeft + pane.clientWidth / 2) / Math.max(1, pane.scrollWidth);
    const cy = (pane.scrollTop + pane.clientHeight / 2) / Math.max(1, pane.scrollHeight);
    viewer.scale = typeof scale === 'number' ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)) : scale;
    applyZoom();
    pane.scrollLeft = cx * pane.scrollWidth - pane.clientWidth / 2;
    pane.scrollTop = cy * pane.scrollHeight - pane.clientHeight / 2;
  }

  // ---------------------------------------------------------------- wiring
  function syncFormFromState() {
    $('#q').value = search.q;
    $(search.syntax === 'lucene' ? '#syntax-lucene' : '#syntax-simple').checked = true;
    $('#sort').value = search.sort;
    $('#date-from').value = search.dateFrom;
    $('#date-to').value = search.dateTo;
    $('#date-from').removeAttribute('aria-invalid');
    $('#date-to').removeAttribute('aria-invalid');
    $('#date-error').hidden = true;
  }

  /** Shows whatever the URL says: search results and possibly an open document page. */
  function applyUrl() {
    const s = readUrl();
    search.q = s.q;
    search.syntax = s.syntax;
    search.from = s.from;
    search.cursor = s.cursor;
    search.at = s.at;
    search.filters = s.filters;
    search.dateFrom = s.dateFrom;
    search.dateTo = s.dateTo;
    search.sort = s.sort;
    syncFormFromState();
    closeSuggestions();
    if (search.loadedKey !== searchKey(search) || (!search.data && !search.controller)) {
      runSearch().then(() => {
        // the document may have been opened before the results came: now they can list its hit pages
        if (viewer.doc && viewer.hitPages && !viewer.hitPages.length) {
          const known = hitPagesOf(viewer.doc.id);
          if (known) {
            viewer.hitPages = known.pages.map((p) => p.number).sort((a, b) => a - b);
            viewer.snippetWords = known.pages.flatMap((p) => markedWords(p.snippet));
            renderPageText();
            updateHitControls();
          }
        }
      });
    }
    if (s.doc) {
      const sameDoc = viewer.doc && viewer.doc.id === s.doc;
      if (sameDoc) {
        viewer.boxesKey = null;
        gotoPageNoPush(s.page);
      } else {
        openDocument(s.doc, s.page, {});
      }
    } else {
      closeViewer();
    }
  }

  function gotoPageNoPush(n) {
    viewer.page = resolvePage(n);
    viewer.hitIndex = 0;
    viewer.pendingHit = search.q ? 'first' : null;
    renderViewer();
  }

  function submitSearch() {
    const q = $('#q').value.trim();
    const syntax = document.querySelector('input[name="syntax"]:checked').value;
    closeSuggestions(true);
    search.q = q;
    search.syntax = syntax;
    search.from = 0;
    search.cursor = null;
    search.at = 0;
    search.loadedKey = null;
    if (!$('#viewer').hidden) closeViewer();
    pushState(false);
    runSearch();
  }

  /**
   * Result pages: from/size inside the first 10,000, the server's cursor beyond. A cursor only
   * goes forward, so "previous" from a cursor page is the history entry it came from (or, for a
   * shared link, back to the last from/size page).
   */
  function pageResults(delta) {
    const data = search.data;
    if (!data) return;
    if (delta > 0) {
      if (canPageByFrom()) {
        search.from += PAGE_SIZE;
      } else if (data.next_cursor) {
        search.at = offset() + PAGE_SIZE;
        search.cursor = data.next_cursor;
        search.from = 0;
      } else return;
    } else {
      if (search.cursor) {
        if (history.state && history.state.pagedFrom) { history.back(); return; }
        search.cursor = null;
        search.at = 0;
        search.from = MAX_WINDOW - PAGE_SIZE;
      } else {
        const from = Math.max(0, search.from - PAGE_SIZE);
        if (from === search.from) return;
        search.from = from;
      }
    }
    pushState(false, delta > 0 ? { pagedFrom: true } : null);
    runSearch().then(() => { window.scrollTo(0, 0); $('#results').focus({ preventScroll: true }); });
  }

  /** YYYY, YYYY-MM, YYYY-MM-DD as the API takes them; DD.MM.YYYY and MM.YYYY are rewritten; null if unreadable. */
  function normaliseDate(raw) {
    const v = raw.trim();
    if (!v) return '';
    if (DATE_RE.test(v)) return v;
    let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(v);
    if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    m = /^(\d{1,2})[./](\d{4})$/.exec(v);
    if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
    return null;
  }

  function applyDates(submitted) {
    const fromBox = $('#date-from'), toBox = $('#date-to');
    const from = normaliseDate(fromBox.value), to = normaliseDate(toBox.value);
    // aria-invalid="" would mean false: say "true" or nothing
    for (const [box, v] of [[fromBox, from], [toBox, to]]) {
      if (v === null) box.setAttribute('aria-invalid', 'true'); else box.removeAttribute('aria-invalid');
    }
    const err = $('#date-error');
    if (from === null || to === null) {
      err.textContent = t('dateInvalid');
      err.hidden = false;
      if (submitted) (from === null ? fromBox : toBox).focus();
      return;
    }
    err.hidden = true;
    fromBox.value = from;
    toBox.value = to;
    if (from === search.dateFrom && to === search.dateTo) return;
    refine(() => { search.dateFrom = from; search.dateTo = to; });
  }

  function setFacetsOpen(open) {
    $('#facets').classList.toggle('open', open);
    $('#facets-toggle').setAttribute('aria-expanded', String(open));
  }

  // ---------------------------------------------------------------- autocomplete (ARIA combobox)
  const suggest = {
    timer: 0, controller: null, items: [], active: -1,
    /** The input value the list was closed for: no list again until the text changes. */
    closedFor: null,
  };
  const SUGGEST_DELAY_MS = 150;

  function closeSuggestions(forValue) {
    clearTimeout(suggest.timer);
    if (suggest.controller) suggest.controller.abort();
    suggest.controller = null;
    if (forValue) suggest.closedFor = $('#q').value;
    suggest.items = [];
    suggest.active = -1;
    const list = $('#suggestions');
    list.hidden = true;
    list.textContent = '';
    const q = $('#q');
    q.setAttribute('aria-expanded', 'false');
    q.removeAttribute('aria-activedescendant');
  }

  function scheduleSuggestions() {
    clearTimeout(suggest.timer);
    const value = $('#q').value;
    if (value !== suggest.closedFor) suggest.closedFor = null;
    const last = value.split(/\s+/).pop().replace(/^[-+"(]+/, '');
    if (last.length < 2 || /[*?~:")]/.test(last)) { closeSuggestions(); return; }
    suggest.timer = setTimeout(() => fetchSuggestions(value), SUGGEST_DELAY_MS);
  }

  async function fetchSuggestions(value) {
    if (suggest.controller) suggest.controller.abort();
    const controller = new AbortController();
    suggest.controller = controller;
    let r;
    try {
      r = await api(`api/suggest?${new URLSearchParams({ q: value, limit: '8' })}`, controller.signal);
    } catch {
      return; // suggestions are a convenience: never an error message
    }
    const q = $('#q');
    if (controller !== suggest.controller || q.value !== value || suggest.closedFor === value || document.activeElement !== q) return;
    suggest.controller = null;
    const items = (r.suggestions || []).filter((s) => s && s.text && s.text !== value.trim());
    showSuggestions(items, value);
  }

  function showSuggestions(items, typed) {
    const list = $('#suggestions');
    list.textContent = '';
    suggest.items = items;
    suggest.active = -1;
    const q = $('#q');
    q.removeAttribute('aria-activedescendant');
    if (!items.length) { list.hidden = true; q.setAttribute('aria-expanded', 'false'); return; }
    const head = typed.replace(/\S*$/, '');
    items.forEach((s, i) => {
      const text = String(s.text);
      const tail = text.startsWith(head) ? text.slice(head.length) : text;
      const typedLast = typed.slice(head.length);
      const strong = tail.toLowerCase().startsWith(typedLast.toLowerCase()) ? typedLast.length : 0;
      const li = el('li', { id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false', dataset: { text } },
        el('span', { class: 'suggestion-text' },
          head ? el('span', { class: 'suggestion-head', text: head }) : null,
          tail.slice(0, strong), el('b', { text: tail.slice(strong) })),
        s.docs != null ? el('span', { class: 'suggestion-docs', text: t('suggestionDocs')(s.docs) }) : null);
      // mousedown, not click: the input keeps its focus
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pickSuggestion(i); });
      list.append(li);
    });
    list.hidden = false;
    q.setAttribute('aria-expanded', 'true');
  }

  function moveSuggestion(dir) {
    const n = suggest.items.length;
    if (!n) return;
    suggest.active = suggest.active < 0 ? (dir > 0 ? 0 : n - 1) : (suggest.active + dir + n) % n;
    document.querySelectorAll('#suggestions .suggestion').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === suggest.active));
      li.classList.toggle('active', i === suggest.active);
      if (i === suggest.active) li.scrollIntoView({ block: 'nearest' });
    });
    $('#q').setAttribute('aria-activedescendant', `suggestion-${suggest.active}`);
  }

  function pickSuggestion(i) {
    const s = suggest.items[i];
    if (!s) return;
    $('#q').value = s.text;
    submitSearch();
  }

  function onQueryKeydown(ev) {
    const open = !$('#suggestions').hidden;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!open) {
        if (ev.key === 'ArrowDown' && $('#q').value.trim()) { suggest.closedFor = null; scheduleSuggestions(); }
        return;
      }
      ev.preventDefault();
      moveSuggestion(ev.key === 'ArrowDown' ? 1 : -1);
    } else if (ev.key === 'Enter' && open && suggest.active >= 0) {
      ev.preventDefault();
      pickSuggestion(suggest.active);
    } else if (ev.key === 'Escape' && open) {
      ev.preventDefault(); // a search box would clear itself
      closeSuggestions(true);
    }
  }

  function trapFocus(ev) {
    const dlg = $('#viewer');
    const focusables = Array.from(dlg.querySelectorAll('button, [href], [tabindex]:not([tabindex="-1"])'))
      .filter((e) => !e.disabled && !e.closest('[hidden]') && e.offsetParent !== null);
    if (!focusables.length) return;
    const first = focusables[0], last = focusables[focusables.length - 1];
    if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); }
    else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
  }

  async function copyLink() {
    const url = location.href;
    const button = $('#copy-link');
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = t('linkCopied');
    } catch {
      window.prompt(t('copyLink'), url);
    }
    setTimeout(() => { button.textContent = t('copyLink'); }, 2000);
  }

  function init() {
    setLang(pickLang(), false);

    $('#search-form').addEventListener('submit', (ev) => { ev.preventDefault(); submitSearch(); });
    document.querySelectorAll('input[name="syntax"]').forEach((r) => r.addEventListener('change', () => {
      if ($('#q').value.trim()) submitSearch();
    }));
    const q = $('#q');
    q.addEventListener('input', scheduleSuggestions);
    q.addEventListener('keydown', onQueryKeydown);
    q.addEventListener('blur', () => closeSuggestions());
    $('#sort').addEventListener('change', () => { const v = $('#sort').value; refine(() => { search.sort = v; }); });
    $('#date-form').addEventListener('submit', (ev) => { ev.preventDefault(); applyDates(true); });
    $('#date-from').addEventListener('change', () => applyDates(false));
    $('#date-to').addEventListener('change', () => applyDates(false));
    $('#clear-filters').addEventListener('click', () => { clearFilters(); $('#q').focus({ preventScroll: true }); });
    $('#facets-toggle').addEventListener('click', () => setFacetsOpen(!$('#facets').classList.contains('open')));
    $('#facets-done').addEventListener('click', () => {
      setFacetsOpen(false);
      $('#facets-toggle').focus({ preventScroll: true });
      $('#results-toolbar').scrollIntoView({ block: 'start' });
    });
    $('#prev-results').addEventListener('click', () => pageResults(-1));
    $('#next-results').addEventListener('click', () => pageResults(1));
    $('#lang-switch').addEventListener('click', (ev) => {
      const b = ev.target.closest('button[data-lang]');
      if (!b) return;
      setLang(b.dataset.lang, true);
      pushState(true);
    });

    $('#viewer-close').addEventListener('click', () => closeViewer({ push: true }));
    $('#prev-page').addEventListener('click', () => stepPage(-1));
    $('#next-page').addEventListener('click', () => stepPage(1));
    $('#prev-hit').addEventListener('click', () => gotoHit(-1));
    $('#next-hit').addEventListener('click', () => gotoHit(1));
    $('#zoom-in').addEventListener('click', () => zoomTo(effectiveScale() * ZOOM_STEP));
    $('#zoom-out').addEventListener('click', () => zoomTo(effectiveScale() / ZOOM_STEP));
    $('#zoom-fit').addEventListener('click', () => zoomTo('width'));
    $('#zoom-page').addEventListener('click', () => zoomTo('page'));
    $('#toggle-text').addEventListener('click', () => {
      viewer.showText = !viewer.showText;
      $('#toggle-text').setAttribute('aria-pressed', String(viewer.showText));
      $('#viewer-body').classList.toggle('text-hidden', !viewer.showText);
      applyZoom();
    });
    $('#copy-link').addEventListener('click', copyLink);
    $('#viewer').addEventListener('click', (ev) => { if (ev.target === $('#viewer')) closeViewer({ push: true }); });

    const img = $('#page-image');
    img.addEventListener('load', () => {
      img.classList.add('loaded');
      $('#page-message').hidden = true;
      applyZoom();
      drawBoxes();
      highlightCurrent(false);
    });
    img.addEventListener('error', () => {
      if (!img.getAttribute('src')) return;
      const msg = $('#page-message');
      msg.textContent = t('imageError');
      msg.hidden = false;
    });

    if (window.ResizeObserver) {
      new ResizeObserver(() => { if (viewer.doc && typeof viewer.scale !== 'number') applyZoom(); }).observe($('#page-pane'));
    } else {
      window.addEventListener('resize', () => { if (viewer.doc) applyZoom(); });
    }

    document.addEventListener('keydown', (ev) => {
      if ($('#viewer').hidden) return;
      if (ev.key === 'Escape') { ev.preventDefault(); closeViewer({ push: true }); return; }
      if (ev.key === 'Tab') { trapFocus(ev); return; }
      if (ev.target.closest('input, textarea, select') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === 'ArrowLeft') { ev.preventDefault(); stepPage(-1); }
      else if (ev.key === 'ArrowRight') { ev.preventDefault(); stepPage(1); }
      else if (ev.key === '+' || ev.key === '=') { ev.preventDefault(); zoomTo(effectiveScale() * ZOOM_STEP); }
      else if (ev.key === '-') { ev.preventDefault(); zoomTo(effectiveScale() / ZOOM_STEP); }
      else if (ev.key === 'n') { ev.preventDefault(); gotoHit(1); }
      else if (ev.key === 'p') { ev.preventDefault(); gotoHit(-1); }
    });

    window.addEventListener('popstate', applyUrl);
    applyUrl();
    if (!readUrl().doc && !readUrl().q) $('#q').focus({ preventScroll: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
