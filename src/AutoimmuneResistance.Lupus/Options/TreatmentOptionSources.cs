namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The publications behind the options of <see cref="TreatmentOptionCatalog"/> that <see cref="LupusSources"/> and
/// <see cref="TargetCitations"/> do not already hold. Each was read (abstract or publisher page) before it was added;
/// where a detail could not be read it is left out rather than guessed (see each member).
/// </summary>
public static class TreatmentOptionSources
{
    /// <summary>
    /// BLISS-LN: intravenous belimumab 10 mg/kg or placebo added to standard therapy (mycophenolate mofetil or
    /// cyclophosphamide-azathioprine) in 448 adults with biopsy-proven active lupus nephritis; primary efficacy renal
    /// response at week 104 43 % versus 32 % (OR 1.6), complete renal response 30 % versus 20 %.
    /// Furie R, Rovin BH, Houssiau F, et al. N Engl J Med 2020;383(12):1117-28, doi:10.1056/NEJMoa2001180.
    /// </summary>
    public static Citation BlissLn { get; } = new(
        "Furie R, Rovin BH, Houssiau F, et al.",
        2020,
        "Two-year, randomized, controlled trial of belimumab in lupus nephritis",
        "N Engl J Med 2020;383(12):1117-28",
        "10.1056/NEJMoa2001180");

    /// <summary>
    /// AURORA 1: oral voclosporin 23.7 mg twice daily or placebo on a background of mycophenolate mofetil and rapidly
    /// tapered low-dose glucocorticoids in class III, IV or V lupus nephritis; primary end point complete renal
    /// response at 52 weeks. Rovin BH, Teng YKO, Ginzler EM, et al. Lancet 2021;397(10289):2070-80,
    /// doi:10.1016/S0140-6736(21)00578-X.
    /// </summary>
    public static Citation Aurora1 { get; } = new(
        "Rovin BH, Teng YKO, Ginzler EM, et al.",
        2021,
        "Efficacy and safety of voclosporin versus placebo for lupus nephritis (AURORA 1): a double-blind, randomised, multicentre, placebo-controlled, phase 3 trial",
        "Lancet 2021;397(10289):2070-80",
        "10.1016/S0140-6736(21)00578-X");

    /// <summary>
    /// NOBILITY (phase 2): obinutuzumab, a humanised type II anti-CD20 antibody, or placebo added to mycophenolate and
    /// glucocorticoids in proliferative lupus nephritis; primary end point complete renal response at week 52.
    /// Furie RA, Aroca G, Cascino MD, et al. Ann Rheum Dis 2022;81(1):100, doi:10.1136/annrheumdis-2021-220920 (the
    /// last page was not read and is left out).
    /// </summary>
    public static Citation Nobility { get; } = new(
        "Furie RA, Aroca G, Cascino MD, et al.",
        2022,
        "B-cell depletion with obinutuzumab for the treatment of proliferative lupus nephritis: a randomised, double-blind, placebo-controlled trial",
        "Ann Rheum Dis 2022;81(1):100",
        "10.1136/annrheumdis-2021-220920");

    /// <summary>
    /// REGENCY (phase 3): obinutuzumab or placebo with mycophenolate mofetil and a prednisone taper in 271 adults with
    /// active lupus nephritis; complete renal response at week 76 46.4 % versus 33.1 % (adjusted difference 13.4
    /// percentage points). Furie RA, Rovin BH, Garg JP, et al. N Engl J Med 2025, published online 7 February 2025
    /// (PMID 39927615), doi:10.1056/NEJMoa2410965 (volume and pages were not read and are left out).
    /// </summary>
    public static Citation Regency { get; } = new(
        "Furie RA, Rovin BH, Garg JP, et al.",
        2025,
        "Efficacy and safety of obinutuzumab in active lupus nephritis",
        "N Engl J Med 2025 (published online 7 February 2025; PMID 39927615)",
        "10.1056/NEJMoa2410965");

    /// <summary>
    /// TULIP-2: intravenous anifrolumab 300 mg or placebo every 4 weeks in active SLE; primary end point BICLA response
    /// at week 52. Morand EF, Furie R, Tanaka Y, et al. N Engl J Med 2020;382(3):211-21, doi:10.1056/NEJMoa1912196.
    /// </summary>
    public static Citation Tulip2 { get; } = new(
        "Morand EF, Furie R, Tanaka Y, et al.",
        2020,
        "Trial of anifrolumab in active systemic lupus erythematosus",
        "N Engl J Med 2020;382(3):211-21",
        "10.1056/NEJMoa1912196");

    /// <summary>
    /// Five patients with SLE refractory to several immunosuppressants, treated with anti-CD19 CAR T cells in a
    /// compassionate-use programme: all reached DORIS remission by 3 months, drug-free. Mackensen A, Müller F,
    /// Mougiakakos D, et al. Nat Med 2022;28(10):2124-32, doi:10.1038/s41591-022-02017-5.
    /// </summary>
    public static Citation MackensenCarT { get; } = new(
        "Mackensen A, Müller F, Mougiakakos D, et al.",
        2022,
        "Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus",
        "Nat Med 2022;28(10):2124-32",
        "10.1038/s41591-022-02017-5");

    /// <summary>
    /// Case series of 15 patients (8 with SLE) given one infusion of CD19 CAR T cells, followed up to 2 years: every
    /// patient with SLE reached DORIS remission and immunosuppression was stopped. Müller F, et al. N Engl J Med
    /// 2024;390(8):687-700, doi:10.1056/NEJMoa2308917 (co-authors not read in order, so only the first is named).
    /// </summary>
    public static Citation MullerCarT { get; } = new(
        "Müller F, et al.",
        2024,
        "CD19 CAR T-cell therapy in autoimmune disease - a case series with follow-up",
        "N Engl J Med 2024;390(8):687-700",
        "10.1056/NEJMoa2308917");

    /// <summary>
    /// Systematic review of haemopoietic stem-cell transplantation in SLE (15 studies of 8 or more patients): most
    /// studies showed remission in most patients, relapse rose with longer follow-up, infections and secondary
    /// autoimmune disorders were common, and there were no randomised trials. de Silva NL, Seneviratne SL. Allergy
    /// Asthma Clin Immunol 2019;15:59, doi:10.1186/s13223-019-0373-y.
    /// </summary>
    public static Citation DeSilvaHsct { get; } = new(
        "de Silva NL, Seneviratne SL.",
        2019,
        "Haemopoietic stem cell transplantation in systemic lupus erythematosus: a systematic review",
        "Allergy Asthma Clin Immunol 2019;15:59",
        "10.1186/s13223-019-0373-y");
}
