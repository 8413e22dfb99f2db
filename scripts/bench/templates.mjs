// Article templates for the benchmark corpus, written for factlint (not taken from any corpus).
// Slots: {OC} an office claim (office, country, person as the language puts them), {P} / {Q}
// person names, {O} an office, {C} / {K} countries, {PL} a place, {N} a whole number, {X} a
// decimal, {TX} the trade total of C and K in Y (the same in every article, as in real copy),
// {ND} the documents to be signed (always the same), {PCT} a percentage, {D} a date with its weekday, {Y} a year, {T} a topic.

export const LANGS = ['en', 'ru', 'de', 'id'];

export const TEMPLATES = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (wd, day, month) => `on ${wd}, ${day} ${month}`,
    officeClaim: (office, country, person) => `${office} of ${country} ${person}`,
    topics: ['grain exports', 'the new rail corridor', 'water sharing', 'customs rules', 'energy prices', 'border crossings', 'student exchanges', 'a joint hydropower plant'],
    titles: ['{P} and {Q} talk about {T}', 'Delegations meet in {PL} over {T}', 'What the ministers said about {T}', 'A long week of talks on {T}'],
    sentences: [
      'The {OC} opened the meeting in {PL} {D} and spoke about {T}.',
      'According to the organisers, {N} delegates registered for the forum, about {PCT} more than a year earlier.',
      '{P} told reporters that the talks with {Q} had been "frank and useful".',
      'Trade between {C} and {K} reached {TX} billion dollars in {Y}, officials said.',
      'The {OC} is expected to visit {PL} again before the end of the year.',
      'Neither side gave details of the draft agreement on {T}.',
      'Observers noted that {P} arrived {D}, a day later than planned.',
      'A spokesperson for the {O} said {ND} documents would be signed.',
      'Local media reported long queues at the crossing near {PL}.',
      'The previous round of talks on {T} ended without a joint statement.',
      'Economists in {C} expect growth of {PCT} next year, down from {X} per cent.',
      'The {OC} and {Q} also discussed {T} over a working lunch.',
      'Some {N} journalists covered the visit, the press office said.',
      'The agreement, first proposed in {Y}, still needs approval by parliament.',
    ],
  },
  ru: {
    weekdays: ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    date: (wd, day, month) => `${wd === 'вторник' ? 'во' : 'в'} ${wd}, ${day} ${month},`,
    officeClaim: (office, country, person) => `${office} (${country}) ${person}`,
    topics: ['экспорт зерна', 'новый железнодорожный коридор', 'распределение воды', 'таможенные правила', 'цены на энергоносители', 'пограничные переходы', 'обмен студентами', 'совместную гидроэлектростанцию'],
    titles: ['{P} и {Q} обсудили {T}', 'В городе {PL} прошли переговоры', 'Что министры сказали про {T}', 'Неделя переговоров: {T}'],
    sentences: [
      'Встреча прошла в городе {PL} {D} и была посвящена теме «{T}».',
      'Как сообщили организаторы, на форум зарегистрировались {N} делегатов, почти на {PCT} больше, чем годом ранее.',
      '{P} сказал журналистам, что разговор с собеседником ({Q}) был «откровенным и полезным».',
      'Товарооборот между странами ({C} и {K}) в {Y} году составил {TX} млрд долларов.',
      'По данным пресс-службы, {OC} намерен ещё раз приехать до конца года.',
      'Подробности проекта соглашения стороны не раскрыли.',
      'Наблюдатели отметили, что {P} прибыл {D} на день позже запланированного.',
      'Представитель ведомства ({O}) заявил, что будет подписано {ND} документов.',
      'Местные СМИ сообщили о длинных очередях на переходе у города {PL}.',
      'Предыдущий раунд переговоров завершился без совместного заявления.',
      'Экономисты ожидают в следующем году рост на {PCT} после {X} процента в этом году.',
      'Также {OC} и гость ({Q}) обсудили тему «{T}» за рабочим обедом.',
      'Визит освещали около {N} журналистов, сообщила пресс-служба.',
      'Соглашение, впервые предложенное в {Y} году, ещё должен одобрить парламент.',
    ],
  },
  de: {
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    date: (wd, day, month) => `am ${wd}, dem ${day}. ${month},`,
    officeClaim: (office, country, person) => `${office} von ${country}, ${person},`,
    topics: ['Getreideexporte', 'den neuen Bahnkorridor', 'die Wasserverteilung', 'Zollregeln', 'Energiepreise', 'Grenzübergänge', 'den Studentenaustausch', 'ein gemeinsames Wasserkraftwerk'],
    titles: ['{P} und {Q} sprechen über {T}', 'Delegationen treffen sich in {PL}', 'Was die Minister über {T} sagten', 'Eine lange Woche der Gespräche'],
    sentences: [
      'Das Treffen in {PL} begann {D} und drehte sich um {T}.',
      'Nach Angaben der Veranstalter meldeten sich {N} Delegierte an, rund {PCT} mehr als im Vorjahr.',
      '{P} sagte Journalisten, die Gespräche mit {Q} seien offen und nützlich gewesen.',
      'Der Handel zwischen {C} und {K} erreichte {Y} nach offiziellen Angaben {TX} Milliarden Dollar.',
      'Der {OC} will noch vor Jahresende erneut nach {PL} reisen.',
      'Einzelheiten des Vertragsentwurfs nannte keine Seite.',
      'Beobachter bemerkten, dass {P} {D} einen Tag später als geplant eintraf.',
      'Ein Sprecher des Amtes ({O}) sagte, es würden {ND} Dokumente unterzeichnet.',
      'Lokale Medien berichteten von langen Schlangen am Übergang bei {PL}.',
      'Die vorige Gesprächsrunde endete ohne gemeinsame Erklärung.',
      'Ökonomen erwarten im nächsten Jahr ein Wachstum von {PCT} nach {X} Prozent.',
      'Der {OC} und {Q} sprachen beim Mittagessen auch über {T}.',
      'Etwa {N} Journalisten begleiteten den Besuch, teilte das Presseamt mit.',
      'Das Abkommen, erstmals {Y} vorgeschlagen, muss noch vom Parlament gebilligt werden.',
    ],
  },
  id: {
    weekdays: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    date: (wd, day, month) => `pada hari ${wd}, ${day} ${month}`,
    officeClaim: (office, country, person) => `${office} ${country} ${person}`,
    topics: ['ekspor gandum', 'koridor kereta baru', 'pembagian air', 'aturan bea cukai', 'harga energi', 'pos perbatasan', 'pertukaran pelajar', 'pembangkit listrik tenaga air bersama'],
    titles: ['{P} dan {Q} membahas {T}', 'Delegasi bertemu di {PL}', 'Apa kata para menteri soal {T}', 'Sepekan perundingan tentang {T}'],
    sentences: [
      'Pertemuan di {PL} dibuka {D} dan membahas {T}.',
      'Menurut panitia, {N} delegasi mendaftar untuk forum itu, sekitar {PCT} lebih banyak dari tahun lalu.',
      '{P} mengatakan kepada wartawan bahwa pembicaraan dengan {Q} berlangsung terbuka dan bermanfaat.',
      'Perdagangan antara {C} dan {K} mencapai {TX} miliar dolar pada {Y}, kata pejabat.',
      '{OC} dijadwalkan kembali ke {PL} sebelum akhir tahun.',
      'Kedua pihak tidak mengungkapkan rincian rancangan perjanjian.',
      'Pengamat mencatat bahwa {P} tiba {D}, sehari lebih lambat dari rencana.',
      'Juru bicara kantor {O} mengatakan {ND} dokumen akan ditandatangani.',
      'Media setempat melaporkan antrean panjang di pos dekat {PL}.',
      'Putaran perundingan sebelumnya berakhir tanpa pernyataan bersama.',
      'Para ekonom memperkirakan pertumbuhan {PCT} tahun depan, setelah {X} persen tahun ini.',
      '{OC} dan {Q} juga membahas {T} saat makan siang.',
      'Sekitar {N} wartawan meliput kunjungan itu, kata biro pers.',
      'Perjanjian yang pertama kali diusulkan pada {Y} itu masih harus disetujui parlemen.',
    ],
  },
};

/** Syllables of synthetic names, Latin and Cyrillic side by side (a name reads the same in both). */
export const SYLLABLES = [
  ['ka', 'ка'], ['lo', 'ло'], ['mi', 'ми'], ['ran', 'ран'], ['tu', 'ту'], ['vel', 'вел'], ['sor', 'сор'], ['din', 'дин'],
  ['bek', 'бек'], ['na', 'на'], ['ri', 'ри'], ['zo', 'зо'], ['gal', 'гал'], ['pe', 'пе'], ['mus', 'мус'], ['ter', 'тер'],
  ['vi', 'ви'], ['dor', 'дор'], ['len', 'лен'], ['ba', 'ба'], ['kor', 'кор'], ['si', 'си'], ['ul', 'ул'], ['fa', 'фа'],
  ['hen', 'хен'], ['jo', 'йо'], ['ev', 'ев'], ['am', 'ам'], ['ost', 'ост'], ['im', 'им'],
];

export const FIRST_NAMES = [
  ['Talgat', 'Талгат'], ['Erlan', 'Эрлан'], ['Marat', 'Марат'], ['Oleg', 'Олег'], ['Irina', 'Ирина'], ['Nadia', 'Надя'],
  ['Bakyt', 'Бакыт'], ['Ruslan', 'Руслан'], ['Aigul', 'Айгуль'], ['Timur', 'Тимур'], ['Zarina', 'Зарина'], ['Pavel', 'Павел'],
  ['Kanat', 'Канат'], ['Lola', 'Лола'], ['Azamat', 'Азамат'], ['Vera', 'Вера'],
];

/** The office synthetic people hold, in four languages. */
export const SYNTHETIC_OFFICE = {
  id: 'bench-governor',
  names: { en: ['governor'], ru: ['губернатор'], de: ['Gouverneur'], id: ['gubernur'] },
};
