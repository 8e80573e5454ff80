//! Interface wording in English, Spanish, French and Arabic. Policy summaries stay in English
//! unless the dataset carries a translation (`summaries`).

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

/// One interface string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
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
    NoDataYet,
    Close,
    Previous,
    Next,
    LoadingMap,
    Retry,
    Country,
    Language,
    CountryDetails,
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
            "Haz clic en un estado para ver solo sus países.",
            "Cliquez sur un statut pour n'afficher que ses pays.",
            "انقر على حالة لعرض بلدانها فقط.",
        ],
        Sources => ["Sources", "Fuentes", "Sources", "المصادر"],
        KeyFacts => ["Key facts", "Datos clave", "Faits essentiels", "حقائق أساسية"],
        Reviewed => ["Reviewed", "Revisado", "Vérifié le", "تمت المراجعة"],
        ChangeLog => ["Change log", "Historial de cambios", "Historique des changements", "سجل التغييرات"],
        Since => ["since", "desde", "depuis", "منذ"],
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
            "عدم تجريم الاستخدام الشخصي",
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
            "Detención obligatoria por drogas",
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
        Theme::Decriminalisation => ["Decriminalisation", "Despenalización", "Dépénalisation", "عدم التجريم"],
        Theme::Regulation => ["Regulation", "Regulación", "Régulation", "التنظيم"],
        Theme::HarmReduction => ["Harm reduction", "Reducción de daños", "Réduction des risques", "الحد من الضرر"],
        Theme::CompulsoryDetention => ["Detention", "Detención", "Détention", "الاحتجاز"],
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
                "La maintient ; données insuffisantes",
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
                "استخدام أو زراعة شخصية قانونية",
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
            (_, NoHarmReduction) => ["No services found", "Sin servicios", "Aucun service trouvé", "لم يُعثر على خدمات"],
            (Theme::LethalCrackdown, Documented) => {
                ["Killings documented", "Asesinatos documentados", "Meurtres documentés", "عمليات قتل موثقة"]
            }
            (_, Documented) => ["Detention documented", "Detención documentada", "Détention documentée", "احتجاز موثق"],
            (_, NoneDocumented) => ["None documented", "Nada documentado", "Rien de documenté", "لا شيء موثق"],
            (_, CorporalYes) => [
                "Caning or flogging in law",
                "Azotes o latigazos en la ley",
                "Bastonnade ou flagellation dans la loi",
                "الضرب بالعصا أو الجلد في القانون",
            ],
            (_, CorporalNo) => ["None in law", "Ninguno en la ley", "Aucun dans la loi", "لا شيء في القانون"],
            (_, NotConfirmed) => ["Not confirmed", "No confirmado", "Non confirmé", "غير مؤكد"],
        },
    };
    t[lang as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_every_language() {
        for theme in Theme::ALL {
            for lang in Lang::ALL {
                assert!(!theme_label(lang, theme).is_empty());
                for s in Shown::legend(theme) {
                    assert!(!shown_label(lang, theme, s).is_empty());
                }
            }
        }
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
