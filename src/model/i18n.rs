//! Interface wording in English, Spanish, French and Arabic. The country panels' texts are
//! translated in `data/translations/` (see `model::translations`).

use super::{Shown, Status, Theme};

/// The interface languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// Reads `es`, `es-MX`, `FR`…; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's own name, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }
}

/// Declares `Text` and `Text::ALL` from one list, so the list cannot miss a variant.
macro_rules! texts {
    ($($variant:ident),* $(,)?) => {
        /// One interface string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text {
            $($variant),*
        }

        impl Text {
            /// Every interface string, for the tests.
            pub const ALL: &'static [Text] = &[$(Text::$variant),*];
        }
    };
}

texts! {
    Title,
    About,
    Table,
    Map,
    Share,
    Embed,
    Download,
    Present,
    FindCountry,
    Regions,
    World,
    Play,
    Pause,
    CompareYears,
    Today,
    LegendHint,
    Sources,
    KeyFacts,
    Reviewed,
    ChangeLog,
    Since,
    StartNotKnown,
    NoDataYet,
    Close,
    Previous,
    Next,
    LoadingMap,
    Retry,
    Country,
    Language,
    CountryDetails,
    LoadingDetails,
    DetailsUnavailable,
    TranslatedFromEnglish,
    ShowOriginal,
    ShowTranslation,
    NotYetTranslated,
    TranslationOutdated,
    // About
    AboutTitle,
    WarInFigures,
    WhatStatusMeans,
    ReportError,
    ReportErrorText,
    // Classroom mode
    GuidedStory,
    StoryPrevious,
    StoryNext,
    StoryLeave,
    // Legend
    Legend,
    ShowingAll,
    // Toolbar and embed
    LinkCopied,
    CopyFromAddressBar,
    ShareAndExport,
    Downloads,
    DataCsv,
    DataJson,
    MapPng,
    MapSvg,
    EmbedTitle,
    EmbedHelp,
    EmbedCode,
    EmbedTheme,
    EmbedCountry,
    EmbedYear,
    EmbedBare,
    EmbedPreview,
    Copied,
    CopyCode,
    EmbedFrameTitle,
    // Zoom and regions
    Zoom,
    ZoomIn,
    ZoomOut,
    ResetZoom,
    ZoomToRegion,
    Africa,
    Americas,
    Asia,
    Europe,
    MiddleEast,
    Oceania,
    // Year, themes, table, compare
    Year,
    ChooseTheme,
    TableTitle,
    TableFind,
    TableTheme,
    TableStatus,
    All,
    TableCaption,
    FirstYear,
    SecondYear,
    // App shell, loading and country panel
    ShowTable,
    SkipLinks,
    SkipToMap,
    SkipToTable,
    OpenFullMap,
    Dismiss,
    PolicyDataUnavailable,
    CountryShapes,
    PolicyData,
    Waiting,
    Downloading,
    Done,
    MapNotDrawn,
    ShownWithoutPolicies,
    StatusesShownOnly,
    Yes,
    No,
}

/// Translations: English, Spanish, French, Arabic.
fn row(text: Text) -> [&'static str; 4] {
    use Text::*;
    match text {
        Title => [
            "Drug laws of the world",
            "Leyes de drogas del mundo",
            "Les lois sur les drogues dans le monde",
            "قوانين المخدرات في العالم",
        ],
        About => ["About", "Acerca de", "À propos", "حول"],
        Table => ["Table", "Tabla", "Tableau", "جدول"],
        Map => ["Map", "Mapa", "Carte", "خريطة"],
        Share => ["Share", "Compartir", "Partager", "مشاركة"],
        Embed => ["Embed", "Insertar", "Intégrer", "تضمين"],
        Download => ["Download", "Descargar", "Télécharger", "تنزيل"],
        Present => ["Present", "Presentar", "Présenter", "عرض تقديمي"],
        FindCountry => ["Find a country", "Buscar un país", "Trouver un pays", "ابحث عن بلد"],
        Regions => ["Regions", "Regiones", "Régions", "المناطق"],
        World => ["World", "Mundo", "Monde", "العالم"],
        Play => ["Play", "Reproducir", "Lecture", "تشغيل"],
        Pause => ["Pause", "Pausa", "Pause", "إيقاف مؤقت"],
        CompareYears => ["Compare years", "Comparar años", "Comparer des années", "قارن بين سنتين"],
        Today => ["today", "hoy", "aujourd'hui", "اليوم"],
        LegendHint => [
            "Click a status to show only its countries.",
            "Haz clic en una categoría para ver solo sus países.",
            "Cliquez sur un statut pour n'afficher que ses pays.",
            "انقر على حالة لعرض بلدانها فقط.",
        ],
        Sources => ["Sources", "Fuentes", "Sources", "المصادر"],
        KeyFacts => ["Key facts", "Datos clave", "Faits essentiels", "حقائق أساسية"],
        Reviewed => ["Reviewed", "Revisado", "Vérifié le", "تمت المراجعة"],
        ChangeLog => ["Change log", "Historial de cambios", "Historique des changements", "سجل التغييرات"],
        Since => ["since", "desde", "depuis", "منذ"],
        StartNotKnown => [
            "start date not known; reported in",
            "fecha de inicio desconocida; registrado en",
            "date de début inconnue\u{a0}; constaté en",
            "تاريخ البدء غير معروف؛ ورد في عام",
        ],
        NoDataYet => [
            "We have no policy data for this country yet.",
            "Aún no tenemos datos sobre este país.",
            "Nous n'avons pas encore de données pour ce pays.",
            "لا تتوفر لدينا بيانات عن هذا البلد بعد.",
        ],
        Close => ["Close", "Cerrar", "Fermer", "إغلاق"],
        Previous => ["Previous country", "País anterior", "Pays précédent", "البلد السابق"],
        Next => ["Next country", "País siguiente", "Pays suivant", "البلد التالي"],
        LoadingMap => ["Loading the map…", "Cargando el mapa…", "Chargement de la carte…", "جارٍ تحميل الخريطة…"],
        Retry => ["Retry", "Reintentar", "Réessayer", "إعادة المحاولة"],
        Country => ["Country", "País", "Pays", "البلد"],
        Language => ["Language", "Idioma", "Langue", "اللغة"],
        CountryDetails => ["details opened", "detalles abiertos", "détails ouverts", "تم فتح التفاصيل"],
        LoadingDetails => [
            "Loading summaries and sources…",
            "Cargando resúmenes y fuentes…",
            "Chargement des résumés et des sources…",
            "جارٍ تحميل الملخصات والمصادر…",
        ],
        DetailsUnavailable => [
            "Summaries and sources are not available right now.",
            "Los resúmenes y las fuentes no están disponibles en este momento.",
            "Les résumés et les sources ne sont pas disponibles pour le moment.",
            "الملخصات والمصادر غير متاحة حاليًا.",
        ],
        TranslatedFromEnglish => [
            "Translated from English.",
            "Traducido del inglés.",
            "Traduit de l’anglais.",
            "مترجم عن الإنجليزية.",
        ],
        ShowOriginal => [
            "Show the English original",
            "Ver el original en inglés",
            "Voir l’original en anglais",
            "عرض النص الأصلي بالإنجليزية",
        ],
        ShowTranslation => ["Show the translation", "Ver la traducción", "Voir la traduction", "عرض الترجمة"],
        NotYetTranslated => [
            "(not yet translated)",
            "(aún sin traducir; se muestra en inglés)",
            "(pas encore traduit\u{a0}; affiché en anglais)",
            "(لم يُترجم بعد؛ معروض بالإنجليزية)",
        ],
        TranslationOutdated => [
            "(updated since it was translated)",
            "(actualizado desde su traducción; se muestra en inglés)",
            "(mis à jour depuis la traduction\u{a0}; affiché en anglais)",
            "(حُدِّث منذ ترجمته؛ معروض بالإنجليزية)",
        ],
        AboutTitle => ["About and methods", "Acerca del mapa y metodología", "À propos et méthodologie", "حول الخريطة والمنهجية"],
        WarInFigures => [
            "The war on drugs in figures",
            "La guerra contra las drogas en cifras",
            "La guerre contre la drogue en chiffres",
            "الحرب على المخدرات بالأرقام",
        ],
        WhatStatusMeans => [
            "What each status means",
            "Qué significa cada estado",
            "Ce que signifie chaque statut",
            "ماذا تعني كل حالة",
        ],
        ReportError => ["Report an error", "Informar de un error", "Signaler une erreur", "الإبلاغ عن خطأ"],
        ReportErrorText => [
            "If something is wrong or out of date, open an issue on the project's tracker naming the country, the theme, and a source we can check. Corrections are reviewed against the source before they are published.",
            "Si algo es incorrecto o está desactualizado, abre una incidencia en el gestor de incidencias del proyecto indicando el país, el tema y una fuente que podamos verificar. Las correcciones se contrastan con la fuente antes de publicarse.",
            "Si une information est erronée ou obsolète, ouvrez un ticket dans le suivi des problèmes du projet en indiquant le pays, le thème et une source que nous pouvons vérifier. Les corrections sont vérifiées à partir de la source avant d'être publiées.",
            "إذا وجدت خطأً أو معلومة قديمة، افتح بلاغًا في نظام تتبّع المشكلات الخاص بالمشروع تذكر فيه البلد والموضوع ومصدرًا يمكننا التحقق منه. تُراجَع التصحيحات بمقارنتها بالمصدر قبل نشرها.",
        ],
        GuidedStory => ["Guided story", "Recorrido guiado", "Parcours guidé", "جولة إرشادية"],
        StoryPrevious => ["‹ Previous", "‹ Anterior", "‹ Précédent", "‹ السابق"],
        StoryNext => ["Next ›", "Siguiente ›", "Suivant ›", "التالي ›"],
        StoryLeave => ["Leave (Esc)", "Salir (Esc)", "Quitter (Échap)", "خروج (Esc)"],
        Legend => ["Legend", "Leyenda", "Légende", "مفتاح الخريطة"],
        ShowingAll => [
            "Showing all countries",
            "Mostrando todos los países",
            "Affichage de tous les pays",
            "تُعرض كل البلدان",
        ],
        LinkCopied => ["Link copied", "Enlace copiado", "Lien copié", "تم نسخ الرابط"],
        CopyFromAddressBar => [
            "Copy the link from the address bar",
            "Copia el enlace de la barra de direcciones",
            "Copiez le lien depuis la barre d'adresse",
            "انسخ الرابط من شريط العنوان",
        ],
        ShareAndExport => ["Share and export", "Compartir y exportar", "Partager et exporter", "المشاركة والتصدير"],
        Downloads => ["Downloads", "Descargas", "Téléchargements", "التنزيلات"],
        DataCsv => ["Data (CSV)", "Datos (CSV)", "Données (CSV)", "البيانات (CSV)"],
        DataJson => [
            "Data with sources (JSON)",
            "Datos con fuentes (JSON)",
            "Données avec sources (JSON)",
            "البيانات مع المصادر (JSON)",
        ],
        MapPng => ["Map image (PNG)", "Imagen del mapa (PNG)", "Image de la carte (PNG)", "صورة الخريطة (PNG)"],
        MapSvg => ["Map image (SVG)", "Imagen del mapa (SVG)", "Image de la carte (SVG)", "صورة الخريطة (SVG)"],
        EmbedTitle => ["Embed this map", "Insertar este mapa", "Intégrer cette carte", "تضمين هذه الخريطة"],
        EmbedHelp => [
            "Paste this into your page. It shows the current view; the map resizes itself if your page listens for its height (see the README).",
            "Pega este código en tu página. Muestra la vista actual; el mapa ajusta su tamaño si tu página escucha el mensaje con su altura (consulta el README).",
            "Collez ce code dans votre page. Il affiche la vue actuelle\u{a0}; la carte se redimensionne si votre page écoute le message indiquant sa hauteur (voir le README).",
            "الصق هذا الرمز في صفحتك. يُظهر الخريطة كما تعرضها الآن، وتضبط الخريطة حجمها تلقائيًا إذا كانت صفحتك تستقبل رسالة ارتفاعها (انظر ملف README).",
        ],
        EmbedCode => ["Embed code", "Código para insertar", "Code d'intégration", "رمز التضمين"],
        EmbedTheme => ["Theme shown", "Tema mostrado", "Thème affiché", "الموضوع المعروض"],
        EmbedCountry => [
            "Open on the selected country",
            "Abrir en el país seleccionado",
            "Ouvrir sur le pays sélectionné",
            "الفتح على البلد المحدد",
        ],
        EmbedYear => [
            "Fix the year shown on the slider",
            "Fijar el año mostrado en el control deslizante",
            "Fixer l'année affichée par le curseur",
            "تثبيت السنة المعروضة على شريط التمرير",
        ],
        EmbedBare => [
            "Hide the theme buttons and zoom controls",
            "Ocultar los botones de tema y de zoom",
            "Masquer les boutons de thème et de zoom",
            "إخفاء أزرار المواضيع وأزرار التكبير",
        ],
        EmbedPreview => ["Preview", "Vista previa", "Aperçu", "معاينة"],
        Copied => ["Copied", "Copiado", "Copié", "تم النسخ"],
        CopyCode => ["Copy code", "Copiar código", "Copier le code", "نسخ الرمز"],
        EmbedFrameTitle => [
            "Drug laws of the world: interactive map",
            "Leyes de drogas del mundo: mapa interactivo",
            "Les lois sur les drogues dans le monde\u{a0}: carte interactive",
            "قوانين المخدرات في العالم: خريطة تفاعلية",
        ],
        Zoom => ["Zoom", "Zoom", "Zoom", "التكبير والتصغير"],
        ZoomIn => ["Zoom in", "Acercar", "Zoom avant", "تكبير"],
        ZoomOut => ["Zoom out", "Alejar", "Zoom arrière", "تصغير"],
        ResetZoom => ["Show the whole world", "Ver el mundo entero", "Afficher le monde entier", "عرض العالم كله"],
        ZoomToRegion => ["Zoom to a region", "Acercar a una región", "Zoomer sur une région", "التكبير على منطقة"],
        Africa => ["Africa", "África", "Afrique", "أفريقيا"],
        Americas => ["Americas", "América", "Amériques", "الأمريكتان"],
        Asia => ["Asia", "Asia", "Asie", "آسيا"],
        Europe => ["Europe", "Europa", "Europe", "أوروبا"],
        MiddleEast => ["Middle East", "Oriente Medio", "Moyen-Orient", "الشرق الأوسط"],
        Oceania => ["Oceania", "Oceanía", "Océanie", "أوقيانوسيا"],
        Year => ["Year", "Año", "Année", "السنة"],
        ChooseTheme => [
            "Choose what the map shows",
            "Elige qué muestra el mapa",
            "Choisir ce que montre la carte",
            "اختر ما تعرضه الخريطة",
        ],
        TableTitle => ["All countries in a table", "Todos los países en una tabla", "Tous les pays dans un tableau", "كل البلدان في جدول"],
        TableFind => ["Find", "Buscar", "Rechercher", "بحث"],
        TableTheme => ["Theme", "Tema", "Thème", "الموضوع"],
        TableStatus => ["Status", "Estado", "Statut", "الحالة"],
        All => ["All", "Todos", "Tous", "الكل"],
        TableCaption => [
            "Each country's status in every theme",
            "El estado de cada país en cada tema",
            "Le statut de chaque pays pour chaque thème",
            "حالة كل بلد في كل موضوع",
        ],
        FirstYear => ["First year", "Primer año", "Première année", "السنة الأولى"],
        SecondYear => ["Second year", "Segundo año", "Deuxième année", "السنة الثانية"],
        ShowTable => [
            "Show the data as a table",
            "Ver los datos en una tabla",
            "Afficher les données sous forme de tableau",
            "عرض البيانات في جدول",
        ],
        SkipLinks => ["Skip links", "Enlaces de salto", "Liens d'évitement", "روابط التخطي"],
        SkipToMap => ["Skip to map", "Ir al mapa", "Aller à la carte", "الانتقال إلى الخريطة"],
        SkipToTable => ["Skip to table", "Ir a la tabla", "Aller au tableau", "الانتقال إلى الجدول"],
        OpenFullMap => ["Open full map", "Abrir el mapa completo", "Ouvrir la carte complète", "فتح الخريطة كاملة"],
        Dismiss => ["Dismiss", "Descartar", "Masquer", "إخفاء"],
        PolicyDataUnavailable => [
            "Policy data is not available right now.",
            "Los datos sobre las políticas no están disponibles en este momento.",
            "Les données sur les politiques ne sont pas disponibles pour le moment.",
            "بيانات السياسات غير متاحة حاليًا.",
        ],
        CountryShapes => ["Country shapes: ", "Contornos de los países: ", "Contours des pays\u{a0}: ", "حدود البلدان: "],
        PolicyData => ["Policy data: ", "Datos de políticas: ", "Données sur les politiques\u{a0}: ", "بيانات السياسات: "],
        Waiting => ["waiting", "en espera", "en attente", "في الانتظار"],
        Downloading => ["downloading…", "descargando…", "téléchargement…", "جارٍ التنزيل…"],
        Done => ["done", "listo", "terminé", "اكتمل"],
        MapNotDrawn => [
            "The map could not be drawn.",
            "No se pudo dibujar el mapa.",
            "La carte n'a pas pu être affichée.",
            "تعذّر رسم الخريطة.",
        ],
        ShownWithoutPolicies => [
            "Countries are shown without policy data.",
            "Los países se muestran sin datos sobre las políticas.",
            "Les pays sont affichés sans données sur les politiques.",
            "تُعرض البلدان دون بيانات السياسات.",
        ],
        StatusesShownOnly => [
            "Statuses are shown; summaries and sources are not available.",
            "Se muestran los estados; los resúmenes y las fuentes no están disponibles.",
            "Les statuts sont affichés\u{a0}; les résumés et les sources ne sont pas disponibles.",
            "تُعرض الحالات، لكن الملخصات والمصادر غير متاحة.",
        ],
        Yes => ["yes", "sí", "oui", "نعم"],
        No => ["no", "no", "non", "لا"],
    }
}

/// A colon and the space after it: French puts a no-break space before it, so a line never starts
/// with ":".
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr {
        "\u{a0}: "
    } else {
        ": "
    }
}

pub fn tr(lang: Lang, text: Text) -> &'static str {
    row(text)[lang as usize]
}

pub fn theme_label(lang: Lang, theme: Theme) -> &'static str {
    let t: [&str; 4] = match theme {
        Theme::DeathPenalty => [
            "Death penalty for drug offences",
            "Pena de muerte por delitos de drogas",
            "Peine de mort pour infractions liées aux drogues",
            "عقوبة الإعدام في جرائم المخدرات",
        ],
        Theme::Decriminalisation => [
            "Decriminalisation of personal use",
            "Despenalización del consumo personal",
            "Dépénalisation de l'usage personnel",
            "إلغاء تجريم الاستخدام الشخصي",
        ],
        Theme::Regulation => ["Legal regulation", "Regulación legal", "Régulation légale", "التنظيم القانوني"],
        Theme::HarmReduction => [
            "Harm reduction services",
            "Servicios de reducción de daños",
            "Services de réduction des risques",
            "خدمات الحد من الضرر",
        ],
        Theme::CompulsoryDetention => [
            "Compulsory drug detention",
            "Internamiento obligatorio por drogas",
            "Détention obligatoire pour usage de drogues",
            "الاحتجاز الإلزامي بسبب المخدرات",
        ],
        Theme::LethalCrackdown => {
            ["Lethal crackdowns", "Represión letal", "Répression meurtrière", "حملات القمع القاتلة"]
        }
        Theme::CorporalPunishment => {
            ["Corporal punishment", "Castigos corporales", "Châtiments corporels", "العقوبة البدنية"]
        }
    };
    t[lang as usize]
}

pub fn theme_short_label(lang: Lang, theme: Theme) -> &'static str {
    let t: [&str; 4] = match theme {
        Theme::DeathPenalty => ["Death penalty", "Pena de muerte", "Peine de mort", "الإعدام"],
        Theme::Decriminalisation => ["Decriminalisation", "Despenalización", "Dépénalisation", "إلغاء التجريم"],
        Theme::Regulation => ["Regulation", "Regulación", "Régulation", "التنظيم"],
        Theme::HarmReduction => ["Harm reduction", "Reducción de daños", "Réduction des risques", "الحد من الضرر"],
        Theme::CompulsoryDetention => ["Detention", "Internamiento", "Détention", "الاحتجاز"],
        Theme::LethalCrackdown => ["Crackdowns", "Represión", "Répression", "القمع"],
        Theme::CorporalPunishment => {
            ["Corporal punishment", "Castigos corporales", "Châtiments corporels", "العقوبة البدنية"]
        }
    };
    t[lang as usize]
}

pub fn shown_label(lang: Lang, theme: Theme, shown: Shown) -> &'static str {
    use Status::*;
    let t: [&str; 4] = match shown {
        Shown::NotApplicable => {
            ["No permanent population", "Sin población permanente", "Pas de population permanente", "لا سكان دائمين"]
        }
        Shown::NoData => ["No data", "Sin datos", "Pas de données", "لا توجد بيانات"],
        Shown::UnknownForYear => {
            ["Not known for that year", "Desconocido ese año", "Inconnu pour cette année", "غير معروف لتلك السنة"]
        }
        Shown::Status(s) => match (theme, s) {
            (_, HighApplication) => ["High application", "Aplicación alta", "Application élevée", "تطبيق مرتفع"],
            (_, LowApplication) => ["Low application", "Aplicación baja", "Application faible", "تطبيق منخفض"],
            (_, Symbolic) => [
                "Symbolic (law only)",
                "Simbólica (solo en la ley)",
                "Symbolique (dans la loi)",
                "رمزية (في القانون فقط)",
            ],
            (_, InsufficientData) => [
                "Retains it; insufficient data",
                "La mantiene; datos insuficientes",
                "La maintient\u{a0}; données insuffisantes",
                "تحتفظ بها؛ بيانات غير كافية",
            ],
            (_, NoDeathPenalty) => [
                "No death penalty for drugs",
                "Sin pena de muerte por drogas",
                "Pas de peine de mort pour les drogues",
                "لا إعدام في قضايا المخدرات",
            ],
            (_, DeJureAll) => [
                "Decriminalised in law (all drugs)",
                "Despenalizado por ley (todas las drogas)",
                "Dépénalisé par la loi (toutes drogues)",
                "غير مجرّم قانونًا (كل المخدرات)",
            ],
            (_, DeJureCannabis) => [
                "Decriminalised in law (cannabis only)",
                "Despenalizado por ley (solo cannabis)",
                "Dépénalisé par la loi (cannabis seul)",
                "غير مجرّم قانونًا (القنب فقط)",
            ],
            (_, DeFacto) => [
                "Decriminalised in practice",
                "Despenalizado en la práctica",
                "Dépénalisé dans les faits",
                "غير مجرّم عمليًا",
            ],
            (_, SubnationalDecriminalisation) => [
                "Some states or provinces",
                "Algunos estados o provincias",
                "Certains États ou provinces",
                "بعض الولايات أو المقاطعات",
            ],
            (_, NoDecriminalisation) => {
                ["Possession is a crime", "La posesión es delito", "La possession est un délit", "الحيازة جريمة"]
            }
            (_, AdultUseMarket) => [
                "Legal market for adults",
                "Mercado legal para adultos",
                "Marché légal pour adultes",
                "سوق قانونية للبالغين",
            ],
            (_, AdultUsePersonal) => [
                "Legal personal use or growing",
                "Uso o cultivo personal legal",
                "Usage ou culture personnels légaux",
                "يجوز قانونًا الاستخدام أو الزراعة للاستعمال الشخصي",
            ],
            (_, SubnationalRegulation) => [
                "Legal in some states or provinces",
                "Legal en algunos estados o provincias",
                "Légal dans certains États ou provinces",
                "قانوني في بعض الولايات أو المقاطعات",
            ],
            (_, MedicalOnly) => {
                ["Medical use only", "Solo uso médico", "Usage médical seulement", "الاستخدام الطبي فقط"]
            }
            (_, NoRegulation) => ["No legal supply", "Sin suministro legal", "Pas d'offre légale", "لا إمداد قانوني"],
            (_, Comprehensive) => {
                ["Comprehensive services", "Servicios integrales", "Services complets", "خدمات شاملة"]
            }
            (_, Partial) => ["Some services", "Algunos servicios", "Quelques services", "بعض الخدمات"],
            (_, NoHarmReduction) => {
                ["No services found", "No se encontraron servicios", "Aucun service trouvé", "لم يُعثر على خدمات"]
            }
            (Theme::LethalCrackdown, Documented) => {
                ["Killings documented", "Homicidios documentados", "Homicides documentés", "عمليات قتل موثقة"]
            }
            (_, Documented) => {
                ["Detention documented", "Internamiento documentado", "Détention documentée", "احتجاز موثق"]
            }
            (_, NoneDocumented) => {
                ["None documented", "Ningún caso documentado", "Aucun cas documenté", "لا حالات موثقة"]
            }
            (_, CorporalYes) => [
                "Caning or flogging in law",
                "Azotes o latigazos en la ley",
                "Bastonnade ou flagellation dans la loi",
                "الضرب بالعصا أو الجلد في القانون",
            ],
            (_, CorporalNo) => {
                ["None in law", "No previstos por la ley", "Aucun prévu par la loi", "لا ينص عليها القانون"]
            }
            (_, NotConfirmed) => ["Not confirmed", "No confirmado", "Non confirmé", "غير مؤكد"],
        },
    };
    t[lang as usize]
}

/// What a status means, for the About view.
pub fn status_description(lang: Lang, theme: Theme, status: Status) -> &'static str {
    use Status::*;
    let t: [&str; 4] = match (theme, status) {
        (_, HighApplication) => [
            "Death sentences or executions for drug offences are a regular part of the justice system (HRI).",
            "Las condenas a muerte o las ejecuciones por delitos de drogas son habituales en el sistema de justicia (HRI).",
            "Les condamnations à mort ou les exécutions pour des infractions liées aux drogues sont courantes dans le système judiciaire (HRI).",
            "أحكام الإعدام أو عمليات الإعدام في جرائم المخدرات جزء معتاد من منظومة العدالة (HRI).",
        ],
        (_, LowApplication) => [
            "Executions for drugs are exceptional, but death sentences are handed down (HRI).",
            "Las ejecuciones por drogas son excepcionales, pero se dictan condenas a muerte (HRI).",
            "Les exécutions pour des affaires de drogue sont exceptionnelles, mais des condamnations à mort sont prononcées (HRI).",
            "عمليات الإعدام في قضايا المخدرات استثنائية، لكن أحكامًا بالإعدام تصدر (HRI).",
        ],
        (_, Symbolic) => [
            "The death penalty for drugs is in the law, but no execution for drugs is known in recent years (HRI).",
            "La ley prevé la pena de muerte por drogas, pero no se conoce ninguna ejecución por drogas en los últimos años (HRI).",
            "La loi prévoit la peine de mort pour les drogues, mais aucune exécution pour des affaires de drogue n'est connue ces dernières années (HRI).",
            "ينص القانون على عقوبة الإعدام في قضايا المخدرات، لكن لا يُعرف تنفيذ أي إعدام بسببها في السنوات الأخيرة (HRI).",
        ],
        (_, InsufficientData) => [
            "The country retains the death penalty for drugs but too little is known about its use (HRI).",
            "El país mantiene la pena de muerte por drogas, pero se sabe muy poco sobre su aplicación (HRI).",
            "Le pays maintient la peine de mort pour les drogues, mais on sait trop peu de choses sur son application (HRI).",
            "يحتفظ البلد بعقوبة الإعدام في قضايا المخدرات، لكن المعلومات عن تطبيقها شحيحة (HRI).",
        ],
        (_, NoDeathPenalty) => [
            "Drug offences cannot be punished by death.",
            "Los delitos de drogas no pueden castigarse con la muerte.",
            "Les infractions liées aux drogues ne sont pas passibles de la peine de mort.",
            "لا يُعاقب على جرائم المخدرات بالإعدام.",
        ],
        (_, DeJureAll) => [
            "The law removes criminal penalties for possessing any drug for personal use (fines or referrals may remain).",
            "La ley elimina las sanciones penales por poseer cualquier droga para consumo personal (puede haber multas o derivaciones a servicios).",
            "La loi supprime les sanctions pénales pour la détention de toute drogue destinée à l'usage personnel (des amendes ou des orientations vers des services peuvent subsister).",
            "يلغي القانون العقوبات الجنائية على حيازة أي مخدر للاستخدام الشخصي (قد تبقى غرامات أو إحالات إلى الخدمات).",
        ],
        (_, DeJureCannabis) => [
            "The law removes criminal penalties for possessing cannabis for personal use only.",
            "La ley elimina las sanciones penales solo por poseer cannabis para consumo personal.",
            "La loi supprime les sanctions pénales uniquement pour la détention de cannabis destiné à l'usage personnel.",
            "يلغي القانون العقوبات الجنائية على حيازة القنب للاستخدام الشخصي فقط.",
        ],
        (_, DeFacto) => [
            "Possession is still a crime in law, but policy or court rulings mean people are not prosecuted.",
            "La posesión sigue siendo delito según la ley, pero por decisiones políticas o judiciales no se procesa a las personas.",
            "La possession reste un délit dans la loi, mais des choix politiques ou des décisions de justice font que les personnes ne sont pas poursuivies.",
            "لا تزال الحيازة جريمة في القانون، لكن السياسات المتبعة أو أحكام المحاكم تعني أن الناس لا يُلاحَقون قضائيًا.",
        ],
        (_, SubnationalDecriminalisation) => [
            "Only some states, provinces or territories have decriminalised.",
            "Solo algunos estados, provincias o territorios han despenalizado.",
            "Seuls certains États, provinces ou territoires ont dépénalisé.",
            "لم تعتمد إلغاء التجريم إلا بعض الولايات أو المقاطعات أو الأقاليم.",
        ],
        (_, NoDecriminalisation) => [
            "Possessing drugs for personal use is a criminal offence.",
            "La posesión de drogas para consumo personal es delito.",
            "La détention de drogues pour usage personnel est une infraction pénale.",
            "حيازة المخدرات للاستخدام الشخصي جريمة جنائية.",
        ],
        (_, AdultUseMarket) => [
            "Adults can buy a drug (usually cannabis) legally from licensed or state sellers.",
            "Las personas adultas pueden comprar legalmente una droga (normalmente cannabis) a vendedores autorizados o estatales.",
            "Les adultes peuvent acheter légalement une drogue (généralement le cannabis) auprès de vendeurs agréés ou publics.",
            "يمكن للبالغين شراء مخدر (القنب عادةً) بشكل قانوني من بائعين مرخّصين أو حكوميين.",
        ],
        (_, AdultUsePersonal) => [
            "Adults may legally use or grow a drug (usually cannabis), but there are no shops.",
            "Las personas adultas pueden consumir o cultivar legalmente una droga (normalmente cannabis), pero no hay tiendas.",
            "Les adultes peuvent légalement consommer ou cultiver une drogue (généralement le cannabis), mais il n'existe pas de points de vente.",
            "يجوز للبالغين قانونًا استخدام مخدر (القنب عادةً) أو زراعته، لكن لا توجد متاجر لبيعه.",
        ],
        (_, SubnationalRegulation) => [
            "Legal adult use exists in some states or provinces only.",
            "El consumo legal por parte de adultos solo existe en algunos estados o provincias.",
            "L'usage légal par les adultes n'existe que dans certains États ou provinces.",
            "لا يوجد الاستخدام القانوني للبالغين إلا في بعض الولايات أو المقاطعات.",
        ],
        (_, MedicalOnly) => [
            "Only medical use (e.g. of cannabis) is legal.",
            "Solo es legal el uso médico (por ejemplo, del cannabis).",
            "Seul l'usage médical (par exemple du cannabis) est légal.",
            "الاستخدام الطبي وحده (للقنب مثلًا) هو القانوني.",
        ],
        (_, NoRegulation) => [
            "There is no legal supply for non-medical use.",
            "No existe un suministro legal para uso no médico.",
            "Il n'existe aucune offre légale pour un usage non médical.",
            "لا يوجد إمداد قانوني للاستخدام غير الطبي.",
        ],
        (_, Comprehensive) => [
            "Needle and syringe programmes and opioid agonist therapy, plus take-home naloxone or drug consumption rooms.",
            "Programas de agujas y jeringas y tratamiento con agonistas opioides, además de naloxona para llevar a casa o salas de consumo supervisado.",
            "Programmes d'échange de seringues et traitements par agonistes opioïdes, ainsi que naloxone à emporter ou salles de consommation de drogues.",
            "برامج الإبر والمحاقن والعلاج بناهضات المواد الأفيونية، إضافةً إلى النالوكسون للاستخدام المنزلي أو غرف الاستهلاك الخاضع للإشراف.",
        ],
        (_, Partial) => [
            "Some harm reduction services exist.",
            "Existen algunos servicios de reducción de daños.",
            "Il existe certains services de réduction des risques.",
            "توجد بعض خدمات الحد من الضرر.",
        ],
        (_, NoHarmReduction) => [
            "No needle and syringe programme or opioid agonist therapy was found.",
            "No se encontraron programas de agujas y jeringas ni tratamiento con agonistas opioides.",
            "Aucun programme d'échange de seringues ni traitement par agonistes opioïdes n'a été trouvé.",
            "لم يُعثر على برامج للإبر والمحاقن أو على علاج بناهضات المواد الأفيونية.",
        ],
        (Theme::LethalCrackdown, Documented) => [
            "Human rights groups have documented killings of suspected drug users or sellers in anti-drug operations.",
            "Organizaciones de derechos humanos han documentado homicidios de presuntos consumidores o vendedores de drogas en operativos antidrogas.",
            "Des organisations de défense des droits humains ont documenté des homicides de personnes soupçonnées de consommer ou de vendre des drogues lors d'opérations antidrogue.",
            "وثّقت منظمات حقوق الإنسان عمليات قتل لأشخاص يُشتبه في تعاطيهم المخدرات أو بيعها خلال عمليات مكافحة المخدرات.",
        ],
        (_, Documented) => [
            "People who use drugs are detained for compulsory 'treatment' without due process.",
            "Las personas que usan drogas son recluidas para recibir un “tratamiento” obligatorio sin el debido proceso.",
            "Les personnes qui consomment des drogues sont détenues pour un «\u{a0}traitement\u{a0}» obligatoire, sans procédure régulière.",
            "يُحتجز الأشخاص الذين يتعاطون المخدرات لتلقي «علاج» إلزامي دون اتباع الإجراءات القانونية الواجبة.",
        ],
        (Theme::LethalCrackdown, NoneDocumented) => [
            "No extrajudicial killings in anti-drug operations were found in our sources.",
            "Nuestras fuentes no registran ejecuciones extrajudiciales en operativos antidrogas.",
            "Nos sources ne font état d'aucune exécution extrajudiciaire lors d'opérations antidrogue.",
            "لم نجد في مصادرنا عمليات قتل خارج نطاق القضاء في عمليات مكافحة المخدرات.",
        ],
        (Theme::Regulation, NoneDocumented) => [
            "No legal supply for non-medical or medical use was found, but no source we found addresses the question for this country.",
            "No se encontró suministro legal para uso médico ni no médico, pero ninguna fuente consultada aborda la cuestión para este país.",
            "Aucune offre légale, médicale ou non, n'a été trouvée, mais aucune source consultée ne traite la question pour ce pays.",
            "لم يُعثر على إمداد قانوني للاستخدام الطبي أو غير الطبي، لكن لا يتناول أيٌّ من المصادر التي وجدناها هذه المسألة بالنسبة إلى هذا البلد.",
        ],
        (Theme::CorporalPunishment, NoneDocumented) => [
            "No corporal punishment for drug offences was found, but no source we found covers this country's sentences.",
            "No se encontraron castigos corporales por delitos de drogas, pero ninguna fuente consultada cubre las penas de este país.",
            "Aucun châtiment corporel pour des infractions liées aux drogues n'a été trouvé, mais aucune source consultée ne couvre les peines de ce pays.",
            "لم يُعثر على عقوبات بدنية في جرائم المخدرات، لكن لا تغطي أيٌّ من المصادر التي وجدناها العقوبات في هذا البلد.",
        ],
        (_, NoneDocumented) => [
            "No compulsory drug detention was found in our sources.",
            "Nuestras fuentes no registran internamiento forzoso de personas que usan drogas.",
            "Nos sources ne font état d'aucune détention obligatoire pour usage de drogues.",
            "لم نجد في مصادرنا احتجازًا إلزاميًا بسبب المخدرات.",
        ],
        (_, CorporalYes) => [
            "The law allows caning, flogging or whipping for drug offences.",
            "La ley permite los azotes con vara, la flagelación o los latigazos por delitos de drogas.",
            "La loi autorise la bastonnade, la flagellation ou le fouet pour des infractions liées aux drogues.",
            "يجيز القانون الضرب بالعصا أو الجلد أو السوط في جرائم المخدرات.",
        ],
        (_, CorporalNo) => [
            "No corporal punishment for drug offences was found.",
            "No se encontraron castigos corporales por delitos de drogas.",
            "Aucun châtiment corporel pour des infractions liées aux drogues n'a été trouvé.",
            "لم يُعثر على عقوبات بدنية في جرائم المخدرات.",
        ],
        (_, NotConfirmed) => [
            "Our sources could not settle this; the panel says why.",
            "Nuestras fuentes no permiten determinarlo; el panel explica por qué.",
            "Nos sources ne permettent pas de trancher\u{a0}; le panneau explique pourquoi.",
            "لم تتمكن مصادرنا من حسم ذلك؛ وتوضح اللوحة السبب.",
        ],
    };
    t[lang as usize]
}

/// How many steps the classroom story has.
pub const STORY_STEPS: usize = 8;

/// Title and text of a classroom story step (`index` < `STORY_STEPS`). Figures, names and years
/// are the same in every language.
pub fn story_step(lang: Lang, index: usize) -> (&'static str, &'static str) {
    let t: [(&str, &str); 4] = match index {
        0 => [
            (
                "The “war on drugs”",
                "US President Nixon first used the term in 1971. Since then governments worldwide have punished people who use and sell drugs: about 20% of the world's prisoners are held for a drug offence.",
            ),
            (
                "La “guerra contra las drogas”",
                "El presidente estadounidense Nixon usó el término por primera vez en 1971. Desde entonces, gobiernos de todo el mundo castigan a las personas que usan y venden drogas: cerca del 20% de las personas presas en el mundo lo están por un delito de drogas.",
            ),
            (
                "La «\u{a0}guerre contre la drogue\u{a0}»",
                "Le président américain Nixon a employé ce terme pour la première fois en 1971. Depuis, les gouvernements du monde entier punissent les personnes qui consomment et vendent des drogues\u{a0}: environ 20 % des personnes détenues dans le monde le sont pour une infraction liée aux drogues.",
            ),
            (
                "«الحرب على المخدرات»",
                "استخدم الرئيس الأمريكي نيكسون هذا المصطلح لأول مرة عام 1971. ومنذ ذلك الحين تعاقب الحكومات في أنحاء العالم الأشخاص الذين يتعاطون المخدرات ويبيعونها: نحو 20% من السجناء في العالم محتجزون بسبب جريمة مخدرات.",
            ),
        ],
        1 => [
            (
                "Mass killings in the Philippines",
                "From 2016 the anti-drug campaign killed at least 6,200 people by the government's count, and up to 30,000 according to human rights groups. In March 2025 former President Duterte was arrested and surrendered to the International Criminal Court, which charges him with murder as a crime against humanity.",
            ),
            (
                "Matanzas masivas en Filipinas",
                "A partir de 2016, la campaña antidrogas mató al menos a 6200 personas según el recuento del Gobierno, y hasta a 30\u{202f}000 según organizaciones de derechos humanos. En marzo de 2025, el expresidente Duterte fue detenido y entregado a la Corte Penal Internacional, que lo acusa de asesinato como crimen de lesa humanidad.",
            ),
            (
                "Tueries de masse aux Philippines",
                "À partir de 2016, la campagne antidrogue a tué au moins 6\u{202f}200 personnes selon le décompte du gouvernement, et jusqu'à 30\u{202f}000 selon les organisations de défense des droits humains. En mars 2025, l'ancien président Duterte a été arrêté et remis à la Cour pénale internationale, qui le poursuit pour meurtre en tant que crime contre l'humanité.",
            ),
            (
                "عمليات قتل جماعي في الفلبين",
                "منذ عام 2016 قتلت حملة مكافحة المخدرات ما لا يقل عن 6,200 شخص وفق إحصاء الحكومة، وما يصل إلى 30,000 شخص وفق منظمات حقوق الإنسان. وفي مارس/آذار 2025 اعتُقل الرئيس السابق دوتيرتي وسُلّم إلى المحكمة الجنائية الدولية، التي تتهمه بالقتل بوصفه جريمة ضد الإنسانية.",
            ),
        ],
        2 => [
            (
                "Women in Mexico",
                "Cartels recruit women from marginalised backgrounds, and security forces target them for arrest; Amnesty found routine sexual abuse used to secure “confessions”.",
            ),
            (
                "Mujeres en México",
                "Los cárteles reclutan a mujeres de entornos marginados, y las fuerzas de seguridad las convierten en blanco de detenciones; Amnistía Internacional constató que los abusos sexuales se usan de forma habitual para obtener “confesiones”.",
            ),
            (
                "Les femmes au Mexique",
                "Les cartels recrutent des femmes issues de milieux marginalisés, et les forces de sécurité les ciblent pour les arrêter\u{a0}; Amnesty International a constaté que des violences sexuelles étaient couramment utilisées pour obtenir des «\u{a0}aveux\u{a0}».",
            ),
            (
                "النساء في المكسيك",
                "تجنّد العصابات نساءً من خلفيات مهمّشة، وتستهدفهن قوات الأمن بالاعتقال؛ ووجدت منظمة العفو الدولية أن الاعتداء الجنسي يُستخدم بشكل روتيني لانتزاع «اعترافات».",
            ),
        ],
        3 => [
            (
                "Young people in Belarus",
                "Hundreds of children and young people serve long sentences for minor, non-violent drug offences, many of them recruited online as couriers.",
            ),
            (
                "Jóvenes en Bielorrusia",
                "Cientos de niños, niñas y jóvenes cumplen largas condenas por delitos menores y no violentos relacionados con drogas; muchos de ellos fueron reclutados por internet como mensajeros.",
            ),
            (
                "Les jeunes en Biélorussie",
                "Des centaines d'enfants et de jeunes purgent de longues peines pour des infractions mineures et non violentes liées aux drogues\u{a0}; beaucoup ont été recrutés en ligne comme coursiers.",
            ),
            (
                "الشباب في بيلاروسيا",
                "يقضي مئات الأطفال والشباب أحكامًا طويلة بسبب جرائم مخدرات بسيطة وغير عنيفة، وقد جُنّد كثيرون منهم عبر الإنترنت للعمل سعاةً لنقلها.",
            ),
        ],
        4 => [
            (
                "The death penalty",
                "Drug offences can be punished by death in more than 30 countries, against international law. Singapore hangs people for trafficking; a courier who is spared gets life imprisonment, plus at least 15 strokes of the cane if spared for helping the authorities (women and men over 50 cannot be caned).",
            ),
            (
                "La pena de muerte",
                "En más de 30 países los delitos de drogas pueden castigarse con la muerte, en contra del derecho internacional. Singapur ahorca a personas por tráfico; a un correo al que se le evita la muerte se le impone la cadena perpetua, más al menos 15 azotes con vara si se le evitó por colaborar con las autoridades (las mujeres y los hombres mayores de 50 años no pueden recibir azotes).",
            ),
            (
                "La peine de mort",
                "Dans plus de 30 pays, les infractions liées aux drogues sont passibles de la peine de mort, en violation du droit international. Singapour pend des personnes pour trafic\u{a0}; un passeur épargné est condamné à la prison à perpétuité, plus au moins 15 coups de canne s'il est épargné pour avoir aidé les autorités (les femmes et les hommes de plus de 50 ans ne peuvent pas recevoir de coups de canne).",
            ),
            (
                "عقوبة الإعدام",
                "يمكن المعاقبة على جرائم المخدرات بالإعدام في أكثر من 30 بلدًا، خلافًا للقانون الدولي. تعدم سنغافورة أشخاصًا شنقًا بتهمة الاتجار؛ ويُحكم على الناقل الذي يُجنَّب الإعدام بالسجن المؤبد، مع 15 ضربة بالعصا على الأقل إذا جُنِّب الإعدام لمساعدته السلطات (ولا يجوز ضرب النساء ولا الرجال فوق الخمسين بالعصا).",
            ),
        ],
        5 => [
            (
                "Discrimination",
                "Drug laws fall hardest on the marginalised. In the US, Black people are over three times more likely to be arrested for cannabis possession than white people, despite similar use.",
            ),
            (
                "Discriminación",
                "Las leyes de drogas golpean con más dureza a las personas marginadas. En Estados Unidos, las personas negras tienen más de tres veces más probabilidades de ser detenidas por posesión de cannabis que las personas blancas, pese a un consumo similar.",
            ),
            (
                "Discriminations",
                "Les lois sur les drogues frappent le plus durement les personnes marginalisées. Aux États-Unis, les personnes noires ont plus de trois fois plus de risques d'être arrêtées pour possession de cannabis que les personnes blanches, malgré une consommation comparable.",
            ),
            (
                "التمييز",
                "تقع قوانين المخدرات بأشد وطأة على المهمّشين. ففي الولايات المتحدة، يزيد احتمال اعتقال السود بسبب حيازة القنب على ثلاثة أضعاف احتمال اعتقال البيض، رغم تشابه معدلات الاستخدام.",
            ),
        ],
        6 => [
            (
                "An alternative: Portugal",
                "Since 2001 using and possessing drugs is no longer a crime. People are offered health and social services instead of prison, and HIV infections among people who inject drugs fell sharply.",
            ),
            (
                "Una alternativa: Portugal",
                "Desde 2001, usar y poseer drogas ya no es delito. En lugar de la cárcel, a las personas se les ofrecen servicios sanitarios y sociales, y las infecciones por VIH entre las personas que se inyectan drogas cayeron drásticamente.",
            ),
            (
                "Une alternative\u{a0}: le Portugal",
                "Depuis 2001, l'usage et la détention de drogues ne sont plus une infraction pénale. Les personnes se voient proposer des services de santé et d'accompagnement social plutôt que la prison, et les infections par le VIH chez les personnes qui s'injectent des drogues ont fortement diminué.",
            ),
            (
                "بديل: البرتغال",
                "منذ عام 2001 لم يعد تعاطي المخدرات وحيازتها جريمة. وتُقدَّم للناس خدمات صحية واجتماعية بدلًا من السجن، وانخفضت الإصابات بفيروس نقص المناعة البشرية بين الأشخاص الذين يتعاطون المخدرات بالحقن انخفاضًا حادًا.",
            ),
        ],
        _ => [
            (
                "Regulation",
                "Some countries now regulate drugs in legal markets, as governments do with alcohol and tobacco: Uruguay was the first to regulate cannabis, in 2013; Canada followed in 2018.",
            ),
            (
                "Regulación",
                "Algunos países ya regulan las drogas en mercados legales, como hacen los gobiernos con el alcohol y el tabaco: Uruguay fue el primero en regular el cannabis, en 2013; Canadá lo siguió en 2018.",
            ),
            (
                "Régulation",
                "Certains pays régulent désormais les drogues sur des marchés légaux, comme les États le font pour l'alcool et le tabac\u{a0}: l'Uruguay a été le premier à réguler le cannabis, en 2013\u{a0}; le Canada a suivi en 2018.",
            ),
            (
                "التنظيم",
                "باتت بعض البلدان تنظّم المخدرات في أسواق قانونية، كما تفعل الحكومات مع الكحول والتبغ: كانت الأوروغواي أول بلد ينظّم القنب عام 2013، وتبعتها كندا عام 2018.",
            ),
        ],
    };
    t[lang as usize]
}

/// "N countries", for counts shown as text.
pub fn countries_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 country".to_string(),
        (Lang::En, n) => format!("{n} countries"),
        (Lang::Es, 1) => "1 país".to_string(),
        (Lang::Es, n) => format!("{n} países"),
        (Lang::Fr, n) => format!("{n} pays"),
        (Lang::Ar, n) => format!("عدد البلدان: {n}"),
    }
}

/// The live-region announcement when the legend filters the map to one status.
pub fn showing_only(lang: Lang, label: &str, n: usize) -> String {
    let count = countries_count(lang, n);
    match lang {
        Lang::En => format!("Showing only: {label} ({count})"),
        Lang::Es => format!("Mostrando solo: {label} ({count})"),
        Lang::Fr => format!("Affichage limité à\u{a0}: {label} ({count})"),
        Lang::Ar => format!("المعروض فقط: {label} ({count})"),
    }
}

/// The quiet notice naming link settings that were ignored (`list` is the parameter names).
pub fn url_ignored(lang: Lang, list: &str) -> String {
    match lang {
        Lang::En => format!("Some link settings were not understood and were ignored: {list}."),
        Lang::Es => format!("Algunos parámetros del enlace no se entendieron y se ignoraron: {list}."),
        Lang::Fr => format!("Certains paramètres du lien n'ont pas été compris et ont été ignorés\u{a0}: {list}."),
        Lang::Ar => format!("تعذّر فهم بعض إعدادات الرابط فتم تجاهلها: {list}."),
    }
}

/// The line above the list of publishers in About.
pub fn sources_in_all(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} sources in all. The main publishers:"),
        Lang::Es => format!("{n} fuentes en total. Principales editores:"),
        Lang::Fr => format!("{n} sources au total. Principaux éditeurs\u{a0}:"),
        Lang::Ar => format!("عدد المصادر: {n}. أبرز الجهات الناشرة:"),
    }
}

/// About's first paragraph, around the emphasised "Not confirmed" status label.
pub fn about_intro(lang: Lang) -> [&'static str; 2] {
    let t: [[&str; 2]; 4] = [
        [
            "This map shows how each country's laws treat people who use drugs. Each status has at least one source and a review date; where sources could not settle a question we say ",
            " and explain why, rather than guess.",
        ],
        [
            "Este mapa muestra cómo las leyes de cada país tratan a las personas que usan drogas. Cada estado tiene al menos una fuente y una fecha de revisión; cuando las fuentes no permiten zanjar una cuestión, indicamos ",
            " y explicamos por qué, en lugar de suponer.",
        ],
        [
            "Cette carte montre comment les lois de chaque pays traitent les personnes qui consomment des drogues. Chaque statut repose sur au moins une source et une date de vérification\u{a0}; lorsque les sources ne permettent pas de trancher une question, nous indiquons «\u{a0}",
            "\u{a0}» et expliquons pourquoi, plutôt que de deviner.",
        ],
        [
            "تُظهر هذه الخريطة كيف تتعامل قوانين كل بلد مع الأشخاص الذين يتعاطون المخدرات. لكل حالة مصدر واحد على الأقل وتاريخ مراجعة؛ وحيث لم تتمكن المصادر من حسم مسألة ما نكتب «",
            "» ونشرح السبب بدلًا من التخمين.",
        ],
    ];
    t[lang as usize]
}

/// About's "Law is not practice" paragraph: text, *de jure*, text, *de facto*, text.
pub fn about_law(lang: Lang) -> [&'static str; 5] {
    let t: [[&str; 5]; 4] = [
        [
            "Law is not practice. ",
            "De jure",
            " decriminalisation means the law itself removes criminal penalties; ",
            "de facto",
            " means possession is still a crime on paper but people are not prosecuted. For the death penalty we use Harm Reduction International's categories, which separate countries that execute people for drugs from those where the penalty exists only in law.",
        ],
        [
            "La ley no es la práctica. La despenalización ",
            "de jure",
            " significa que la propia ley elimina las sanciones penales; la despenalización ",
            "de facto",
            " significa que la posesión sigue siendo delito sobre el papel, pero no se procesa a las personas. Para la pena de muerte usamos las categorías de Harm Reduction International, que distinguen los países que ejecutan a personas por drogas de aquellos donde esa pena solo existe en la ley.",
        ],
        [
            "La loi n'est pas la pratique. La dépénalisation ",
            "de jure",
            " signifie que la loi elle-même supprime les sanctions pénales\u{a0}; la dépénalisation ",
            "de facto",
            " signifie que la possession reste un délit sur le papier, mais que les personnes ne sont pas poursuivies. Pour la peine de mort, nous utilisons les catégories de Harm Reduction International, qui distinguent les pays qui exécutent des personnes pour des affaires de drogue de ceux où cette peine n'existe que dans la loi.",
        ],
        [
            "القانون ليس هو الممارسة. إلغاء التجريم ",
            "بحكم القانون (de jure)",
            " يعني أن القانون نفسه يلغي العقوبات الجنائية؛ أما إلغاء التجريم ",
            "بحكم الواقع (de facto)",
            " فيعني أن الحيازة لا تزال جريمة على الورق لكن الناس لا يُلاحَقون قضائيًا. وبالنسبة إلى عقوبة الإعدام نعتمد تصنيفات منظمة Harm Reduction International، التي تميّز بين البلدان التي تُعدم أشخاصًا بسبب المخدرات والبلدان التي لا توجد فيها هذه العقوبة إلا في القانون.",
        ],
    ];
    t[lang as usize]
}

/// The text before and after the date in "Data last updated {date}."
pub fn data_updated(lang: Lang) -> [&'static str; 2] {
    let t: [[&str; 2]; 4] = [
        ["Data last updated ", "."],
        ["Última actualización de los datos: ", "."],
        ["Dernière mise à jour des données\u{a0}: ", "."],
        ["آخر تحديث للبيانات: ", "."],
    ];
    t[lang as usize]
}

/// The compare dialog's heading.
pub fn compare_title(lang: Lang, theme_label: &str) -> String {
    match lang {
        Lang::En => format!("{theme_label}: two years compared"),
        Lang::Es => format!("{theme_label}: comparación de dos años"),
        Lang::Fr => format!("{theme_label}\u{a0}: comparaison de deux années"),
        Lang::Ar => format!("{theme_label}: مقارنة بين سنتين"),
    }
}

/// The source line at the foot of exported images.
pub fn export_source_line(lang: Lang, updated: &str) -> String {
    match lang {
        Lang::En => format!("Drug laws of the world. Sources: HRI, Talking Drugs/Release/IDPC, UNODC, EUDA, Amnesty, HRW and legal texts. Data updated {updated}."),
        Lang::Es => format!("Leyes de drogas del mundo. Fuentes: HRI, Talking Drugs/Release/IDPC, UNODC, EUDA, Amnistía Internacional, HRW y textos legales. Datos actualizados el {updated}."),
        Lang::Fr => format!("Les lois sur les drogues dans le monde. Sources\u{a0}: HRI, Talking Drugs/Release/IDPC, UNODC, EUDA, Amnesty International, HRW et textes juridiques. Données mises à jour le {updated}."),
        Lang::Ar => format!("قوانين المخدرات في العالم. المصادر: HRI، Talking Drugs/Release/IDPC، UNODC، EUDA، منظمة العفو الدولية، HRW، والنصوص القانونية. تاريخ تحديث البيانات: {updated}."),
    }
}

/// The live-region announcement after a theme change (`app.rs`).
pub fn map_now_shows(lang: Lang, theme_label: &str) -> String {
    match lang {
        Lang::En => format!("Map now shows: {theme_label}"),
        Lang::Es => format!("El mapa muestra ahora: {theme_label}"),
        Lang::Fr => format!("La carte montre maintenant\u{a0}: {theme_label}"),
        Lang::Ar => format!("تعرض الخريطة الآن: {theme_label}"),
    }
}

/// The map's accessible name (`world_map.rs`).
pub fn map_aria_label(lang: Lang, theme_label: &str) -> String {
    match lang {
        Lang::En => format!("World map: {theme_label}. Use the arrow keys to move between countries and Enter to open one."),
        Lang::Es => format!("Mapa del mundo: {theme_label}. Usa las flechas del teclado para moverte entre países y Enter para abrir uno."),
        Lang::Fr => format!("Carte du monde\u{a0}: {theme_label}. Utilisez les flèches du clavier pour passer d'un pays à l'autre et Entrée pour en ouvrir un."),
        Lang::Ar => format!("خريطة العالم: {theme_label}. استخدم مفاتيح الأسهم للتنقل بين البلدان ومفتاح Enter لفتح أحدها."),
    }
}

/// The harm reduction services line of the country panel (`country_panel.rs`).
pub fn services_line(lang: Lang, nsp: bool, oat: bool, dcr: bool, naloxone: bool) -> String {
    let mark = |b: bool| tr(lang, if b { Text::Yes } else { Text::No });
    let (nsp, oat, dcr, naloxone) = (mark(nsp), mark(oat), mark(dcr), mark(naloxone));
    match lang {
        Lang::En => format!("Needle and syringe programmes: {nsp} · Opioid agonist therapy: {oat} · Drug consumption rooms: {dcr} · Take-home naloxone: {naloxone}"),
        Lang::Es => format!("Programas de agujas y jeringas: {nsp} · Tratamiento con agonistas opioides: {oat} · Salas de consumo supervisado: {dcr} · Naloxona para llevar a casa: {naloxone}"),
        Lang::Fr => format!("Programmes d'échange de seringues\u{a0}: {nsp} · Traitements par agonistes opioïdes\u{a0}: {oat} · Salles de consommation à moindre risque\u{a0}: {dcr} · Naloxone à emporter\u{a0}: {naloxone}"),
        Lang::Ar => format!("برامج الإبر والمحاقن: {nsp} · العلاج بناهضات المواد الأفيونية: {oat} · غرف الاستهلاك الخاضع للإشراف: {dcr} · النالوكسون للاستخدام المنزلي: {naloxone}"),
    }
}

/// A data file's progress while the network is slow (`loading.rs`).
pub fn retrying(lang: Lang, attempt: u32, of: u32) -> String {
    match lang {
        Lang::En => format!("slow network, trying again (attempt {attempt} of {of})"),
        Lang::Es => format!("red lenta, reintentando (intento {attempt} de {of})"),
        Lang::Fr => format!("réseau lent, nouvelle tentative ({attempt} sur {of})"),
        Lang::Ar => format!("الشبكة بطيئة، جارٍ إعادة المحاولة (المحاولة {attempt} من {of})"),
    }
}

/// The notice when invalid data entries were skipped (`loading.rs`): `first` lists the first
/// few, `more` counts the rest.
pub fn entries_skipped(lang: Lang, n: usize, first: &str, more: usize) -> String {
    let rest = match (lang, more) {
        (_, 0) => String::new(),
        (Lang::En, m) => format!(" and {m} more"),
        (Lang::Es, m) => format!(" y {m} más"),
        (Lang::Fr, m) => format!(" et {m} autres"),
        (Lang::Ar, m) => format!(" و{m} إدخالات أخرى"),
    };
    match lang {
        Lang::En => format!("{n} data entries were skipped because they are invalid: {first}{rest}."),
        Lang::Es => format!("Se omitieron {n} entradas de datos porque no son válidas: {first}{rest}."),
        Lang::Fr => {
            format!("{n} entrées de données ont été ignorées car elles ne sont pas valides\u{a0}: {first}{rest}.")
        }
        Lang::Ar => format!("تم تجاهل {n} من إدخالات البيانات لأنها غير صالحة: {first}{rest}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_every_language() {
        for theme in Theme::ALL {
            for lang in Lang::ALL {
                assert!(!theme_label(lang, theme).is_empty());
                assert!(!theme_short_label(lang, theme).is_empty());
                for s in Shown::legend(theme) {
                    assert!(!shown_label(lang, theme, s).is_empty());
                }
                for &s in theme.statuses() {
                    assert!(!status_description(lang, theme, s).trim().is_empty(), "{lang:?} {theme:?} {s:?}");
                }
            }
        }
        for &text in Text::ALL {
            for lang in Lang::ALL {
                assert!(!tr(lang, text).trim().is_empty(), "{text:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn translations_differ_from_english_where_they_should() {
        // Descriptions and story steps are prose: a copy of the English would be a missed translation.
        for lang in [Lang::Es, Lang::Fr, Lang::Ar] {
            for theme in Theme::ALL {
                for &s in theme.statuses() {
                    assert_ne!(status_description(lang, theme, s), status_description(Lang::En, theme, s));
                }
            }
            for i in 0..STORY_STEPS {
                assert_ne!(story_step(lang, i).1, story_step(Lang::En, i).1);
            }
        }
    }

    #[test]
    fn every_story_step_exists_in_every_language_with_its_figures() {
        for i in 0..STORY_STEPS {
            let en = story_step(Lang::En, i);
            let years: Vec<&str> =
                en.1.split(|c: char| !c.is_ascii_digit())
                    .filter(|w| w.len() == 4 && w.starts_with(['1', '2']))
                    .collect();
            for lang in Lang::ALL {
                let (title, text) = story_step(lang, i);
                assert!(!title.trim().is_empty() && !text.trim().is_empty(), "step {i} in {lang:?}");
                for y in &years {
                    assert!(text.contains(y), "step {i} in {lang:?} lacks the year {y}");
                }
            }
        }
        // Steps are distinct: a wrong index would repeat one.
        assert_ne!(story_step(Lang::Es, 0), story_step(Lang::Es, STORY_STEPS - 1));
    }

    #[test]
    fn strings_with_values_keep_them_in_every_language() {
        for lang in Lang::ALL {
            assert!(
                showing_only(lang, "LABEL", 17).contains("LABEL") && showing_only(lang, "LABEL", 17).contains("17")
            );
            assert!(countries_count(lang, 241).contains("241"));
            assert!(url_ignored(lang, "theme, year").contains("theme, year"));
            assert!(sources_in_all(lang, 312).contains("312"));
            assert!(compare_title(lang, "THEME").contains("THEME"));
            assert!(export_source_line(lang, "2026-11-24").contains("2026-11-24"));
            assert!(map_now_shows(lang, "THEME").contains("THEME"));
            assert!(map_aria_label(lang, "THEME").contains("THEME"));
            assert!(retrying(lang, 2, 4).contains('2') && retrying(lang, 2, 4).contains('4'));
            let skipped = entries_skipped(lang, 5, "FIRST", 2);
            assert!(skipped.contains('5') && skipped.contains("FIRST") && skipped.contains('2'), "{skipped}");
            let services = services_line(lang, true, false, false, true);
            assert!(services.matches(tr(lang, Text::Yes)).count() >= 2, "{services}");
            assert!(about_intro(lang).iter().chain(about_law(lang).iter()).all(|p| !p.trim().is_empty()));
            assert!(data_updated(lang)[0].len() > 1);
        }
        assert_eq!(countries_count(Lang::En, 1), "1 country");
        assert_eq!(showing_only(Lang::En, "Low application", 9), "Showing only: Low application (9 countries)");
    }

    #[test]
    fn languages_parse_from_browser_tags() {
        assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
    }
}

/// Country names in the other interface languages (`assets/data/names.json`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    by_lang: std::collections::HashMap<String, std::collections::HashMap<String, String>>,
}

impl Names {
    pub fn parse(text: &str) -> Result<Names, super::DataError> {
        serde_json::from_str(text)
            .map(|by_lang| Names { by_lang })
            .map_err(|e| super::DataError::new("names.json", "", "", e.to_string()))
    }

    /// The country's name in `lang`; `None` for English or when missing (use the English name).
    pub fn get(&self, lang: Lang, id: super::CountryId) -> Option<&str> {
        self.by_lang.get(lang.code())?.get(id.as_str()).map(String::as_str)
    }
}

#[cfg(test)]
mod names_tests {
    use super::*;
    use crate::model::CountryId;

    #[test]
    fn names_are_looked_up_by_language_and_code() {
        let n = Names::parse(r#"{"es":{"FRA":"Francia"},"ar":{"FRA":"فرنسا"}}"#).unwrap();
        let fra = CountryId::parse("FRA").unwrap();
        assert_eq!(n.get(Lang::Es, fra), Some("Francia"));
        assert_eq!(n.get(Lang::Ar, fra), Some("فرنسا"));
        assert_eq!(n.get(Lang::Fr, fra), None);
        assert!(Names::parse("{").is_err());
    }
}

/// Why a data file could not be used, for [`load_error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadFailure<'a> {
    Network,
    Timeout,
    Http(u16),
    Damaged(&'a str),
}

/// A failed download or a damaged file, named, in the interface language.
pub fn load_error(lang: Lang, failure: LoadFailure<'_>, file: &str) -> String {
    use LoadFailure::*;
    match (lang, failure) {
        (Lang::En, Network) => format!("{file} could not be downloaded: the network is unavailable."),
        (Lang::En, Timeout) => format!("{file} took too long to download."),
        (Lang::En, Http(status)) => format!("{file} could not be downloaded: the server answered {status}."),
        (Lang::En, Damaged(detail)) => format!("{file} is damaged: {detail}"),
        (Lang::Es, Network) => format!("No se pudo descargar {file}: no hay conexión de red."),
        (Lang::Es, Timeout) => format!("{file} tardó demasiado en descargarse."),
        (Lang::Es, Http(status)) => format!("No se pudo descargar {file}: el servidor respondió {status}."),
        (Lang::Es, Damaged(detail)) => format!("{file} está dañado: {detail}"),
        (Lang::Fr, Network) => format!("Impossible de télécharger {file}\u{a0}: le réseau est indisponible."),
        (Lang::Fr, Timeout) => format!("Le téléchargement de {file} a pris trop de temps."),
        (Lang::Fr, Http(status)) => format!("Impossible de télécharger {file}\u{a0}: le serveur a répondu {status}."),
        (Lang::Fr, Damaged(detail)) => format!("{file} est endommagé\u{a0}: {detail}"),
        (Lang::Ar, Network) => format!("تعذّر تنزيل {file}: الشبكة غير متاحة."),
        (Lang::Ar, Timeout) => format!("استغرق تنزيل {file} وقتًا طويلًا."),
        (Lang::Ar, Http(status)) => format!("تعذّر تنزيل {file}: أجاب الخادم بالرمز {status}."),
        (Lang::Ar, Damaged(detail)) => format!("الملف {file} تالف: {detail}"),
    }
}

#[cfg(test)]
mod load_error_tests {
    use super::*;

    #[test]
    fn load_errors_name_the_file_in_every_language() {
        for lang in Lang::ALL {
            for failure in
                [LoadFailure::Network, LoadFailure::Timeout, LoadFailure::Http(503), LoadFailure::Damaged("x")]
            {
                assert!(load_error(lang, failure, "shapes.txt").contains("shapes.txt"), "{lang:?} {failure:?}");
            }
            assert!(load_error(lang, LoadFailure::Http(503), "a").contains("503"));
        }
    }
}
