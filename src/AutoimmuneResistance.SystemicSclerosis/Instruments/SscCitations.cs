namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The publications the systemic sclerosis instruments cite (project clinical reference sections 6–9 and 12).</summary>
public static class SscCitations
{
    /// <summary>Gets van den Hoogen F, et al. 2013 classification criteria for systemic sclerosis (Arthritis Rheum).</summary>
    public static Citation VanDenHoogen2013ArthritisRheum { get; } = new(
        "van den Hoogen F, Khanna D, Fransen J, et al.",
        2013,
        "2013 classification criteria for systemic sclerosis: an American College of Rheumatology/European League Against Rheumatism collaborative initiative",
        "Arthritis Rheum 2013;65(11):2737-47",
        "10.1002/art.38098");

    /// <summary>Gets van den Hoogen F, et al. 2013 classification criteria for systemic sclerosis (Ann Rheum Dis, simultaneous publication).</summary>
    public static Citation VanDenHoogen2013AnnRheumDis { get; } = new(
        "van den Hoogen F, Khanna D, Fransen J, et al.",
        2013,
        "2013 classification criteria for systemic sclerosis: an American College of Rheumatology/European League Against Rheumatism collaborative initiative",
        "Ann Rheum Dis 2013;72(11):1747-55",
        "10.1136/annrheumdis-2013-204424");

    /// <summary>Gets Khanna D, et al. Standardization of the modified Rodnan skin score (2017).</summary>
    public static Citation Khanna2017Mrss { get; } = new(
        "Khanna D, Furst DE, Clements PJ, et al.",
        2017,
        "Standardization of the modified Rodnan skin score for use in clinical trials of systemic sclerosis",
        "J Scleroderma Relat Disord 2017;2(1):11-18",
        "10.5301/jsrd.5000231");

    /// <summary>Gets Khanna D, et al. The ACR provisional CRISS (Arthritis Rheumatol 2016).</summary>
    public static Citation Khanna2016Criss { get; } = new(
        "Khanna D, Berrocal VJ, Giannini EH, et al.",
        2016,
        "The American College of Rheumatology Provisional Composite Response Index for Clinical Trials in Early Diffuse Cutaneous Systemic Sclerosis",
        "Arthritis Rheumatol 2016;68(2):299-311",
        "10.1002/art.39501");

    /// <summary>Gets Khanna D, et al. The ACR provisional CRISS (Arthritis Care Res 2016, simultaneous publication; its Table 4 holds the equation).</summary>
    public static Citation Khanna2016CrissCareRes { get; } = new(
        "Khanna D, Berrocal VJ, Giannini EH, et al.",
        2016,
        "The American College of Rheumatology Provisional Composite Response Index for Clinical Trials in Early Diffuse Cutaneous Systemic Sclerosis",
        "Arthritis Care Res (Hoboken) 2016;68(2):167-78",
        "10.1002/acr.22804");

    /// <summary>Gets Khanna D, et al. Revisiting the provisional ACR CRISS (revised CRISS, 2021).</summary>
    public static Citation Khanna2021RevisedCriss { get; } = new(
        "Khanna D, Huang S, Lin C, Spino C.",
        2021,
        "New composite endpoint in early diffuse cutaneous systemic sclerosis: revisiting the provisional American College of Rheumatology Composite Response Index in Systemic Sclerosis",
        "Ann Rheum Dis 2021;80(5):641-50",
        "10.1136/annrheumdis-2020-219100");

    /// <summary>Gets Valentini G, et al. The revised EUSTAR activity index (2017).</summary>
    public static Citation Valentini2017 { get; } = new(
        "Valentini G, Iudici M, Walker UA, et al.",
        2017,
        "The European Scleroderma Trials and Research group (EUSTAR) task force for the development of revised activity criteria for systemic sclerosis: derivation and validation of a preliminarily revised EUSTAR activity index",
        "Ann Rheum Dis 2017;76(1):270-6",
        "10.1136/annrheumdis-2016-209768");

    /// <summary>Gets Flaherty KR, et al. Nintedanib in progressive fibrosing interstitial lung diseases (INBUILD, 2019; DOI unconfirmed).</summary>
    public static Citation Flaherty2019 { get; } = new(
        "Flaherty KR, et al.",
        2019,
        "Nintedanib in progressive fibrosing interstitial lung diseases",
        "N Engl J Med 2019;381:1718-27",
        "10.1056/NEJMoa1908681");

    /// <summary>Gets Raghu G, et al. Idiopathic pulmonary fibrosis (an update) and progressive pulmonary fibrosis in adults (ATS/ERS/JRS/ALAT 2022; DOI unconfirmed).</summary>
    public static Citation Raghu2022 { get; } = new(
        "Raghu G, et al.",
        2022,
        "Idiopathic pulmonary fibrosis (an update) and progressive pulmonary fibrosis in adults: an official ATS/ERS/JRS/ALAT clinical practice guideline",
        "Am J Respir Crit Care Med 2022;205(9):e18-e47",
        "10.1164/rccm.202202-0399ST");

    /// <summary>Gets the Eur Respir J 2020 review of SSc-ILD progression (Goh/Hoffmann-Vold, as cited by the clinical reference; title and DOI not verified).</summary>
    public static Citation HoffmannVold2020 { get; } = new(
        "Goh NS, Hoffmann-Vold AM, et al. (as cited by the clinical reference)",
        2020,
        "Review of progression in systemic sclerosis-associated interstitial lung disease (descriptive title; not verified)",
        "Eur Respir J 2020;55:1902026",
        null);

    /// <summary>Gets Vonk MC, et al. Eur Respir Rev 2021 (SSc-ILD progression; title not verified).</summary>
    public static Citation Vonk2021 { get; } = new(
        "Vonk MC, et al.",
        2021,
        "Systemic sclerosis-associated interstitial lung disease review (descriptive title; not verified)",
        "Eur Respir Rev 2021;30:200340",
        "10.1183/16000617.0340-2020");

    /// <summary>Gets Hoffmann-Vold AM, et al. Progressive interstitial lung disease in patients with systemic sclerosis (EUSTAR, Ann Rheum Dis 2021).</summary>
    public static Citation HoffmannVold2021 { get; } = new(
        "Hoffmann-Vold AM, et al.",
        2021,
        "Progressive interstitial lung disease in patients with systemic sclerosis-associated interstitial lung disease in the EUSTAR database",
        "Ann Rheum Dis 2021;80:219-27",
        null);

    /// <summary>Gets Steen VD, Medsger TA Jr. Case-control study of corticosteroids and scleroderma renal crisis (1998).</summary>
    public static Citation Steen1998 { get; } = new(
        "Steen VD, Medsger TA Jr.",
        1998,
        "Case-control study of corticosteroids and other drugs that either precipitate or protect from the development of scleroderma renal crisis",
        "Arthritis Rheum 1998;41(9):1613-9",
        "10.1002/1529-0131(199809)41:9<1613::AID-ART11>3.0.CO;2-O");

    /// <summary>Gets Trang G, et al. Corticosteroids and the risk of scleroderma renal crisis: a systematic review (2012).</summary>
    public static Citation Trang2012 { get; } = new(
        "Trang G, et al.",
        2012,
        "Corticosteroids and the risk of scleroderma renal crisis: a systematic review",
        "Rheumatol Int 2012;32:645-53",
        "10.1007/s00296-010-1697-6");

    /// <summary>Gets the French national recommendations for the management of systemic sclerosis (OJRD 2021).</summary>
    public static Citation FrenchPnds2021 { get; } = new(
        "French national diagnostic and care protocol (PNDS) working group",
        2021,
        "French recommendations for the management of systemic sclerosis",
        "Orphanet J Rare Dis 2021",
        "10.1186/s13023-021-01844-y");

    /// <summary>Gets the US PRESS cohort report using early diffuse disease ≤ 2 years (Arthritis Res Ther 2021).</summary>
    public static Citation Press2021 { get; } = new(
        "PRESS investigators (as cited by the clinical reference)",
        2021,
        "Prospective Registry of Early Systemic Sclerosis (PRESS) cohort, early diffuse disease within 2 years (descriptive title; not verified)",
        "Arthritis Res Ther 2021;23:170",
        null);

    /// <summary>Gets the Pittsburgh analysis of disease duration at trial entry (PMC8677444).</summary>
    public static Citation Pittsburgh2021 { get; } = new(
        "Pittsburgh Scleroderma Center investigators",
        2021,
        "Disease duration at trial entry in early diffuse cutaneous systemic sclerosis (descriptive title; not verified)",
        "PMC8677444",
        null,
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC8677444/");

    /// <summary>Gets Ho KT, Reveille JD. The clinical relevance of autoantibodies in scleroderma (2003).</summary>
    public static Citation HoReveille2003 { get; } = new(
        "Ho KT, Reveille JD.",
        2003,
        "The clinical relevance of autoantibodies in scleroderma",
        "Arthritis Res Ther 2003;5:80-93",
        "10.1186/ar628");

    /// <summary>Gets the review of anti-RNA polymerase III antibodies cited by the clinical reference (PMC4299717).</summary>
    public static Citation RnaPolymeraseReview { get; } = new(
        "Review cited by the clinical reference",
        2014,
        "Anti-RNA polymerase III antibodies in systemic sclerosis (descriptive title and year; not verified)",
        "PMC4299717",
        null,
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC4299717/");
}
