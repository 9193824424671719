namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The publications of the skin response rule and of the options for progressive skin disease.</summary>
internal static class SkinCitations
{
    /// <summary>The minimally important difference range of the mRSS, 3.2 to 5.3 units, from the D-penicillamine trial (134 patients, physician anchor).</summary>
    public static Citation Khanna2006MrssMid { get; } = new(
        "Khanna D, Furst DE, Hays RD, et al.",
        2006,
        "Minimally important difference in diffuse systemic sclerosis: results from the D-penicillamine study",
        "Ann Rheum Dis 2006;65(10):1325-9",
        "10.1136/ard.2005.050187");

    /// <summary>The minimal clinically important difference of the mRSS from the Scleroderma Lung Studies: 5 units in diffuse cutaneous SSc, 3 to 4 units overall (patient-reported anchors).</summary>
    public static Citation Khanna2019MrssMcid { get; } = new(
        "Khanna D, Clements PJ, Volkmann ER, et al.",
        2019,
        "Minimal clinically important differences for the modified Rodnan skin score: results from the Scleroderma Lung Studies (SLS-I and SLS-II)",
        "Arthritis Res Ther 2019",
        "10.1186/s13075-019-1809-y");

    /// <summary>EUSTAR: skin improvement a fall of more than 5 units and at least 25 % at 12 ± 2 months; a matching rise progression.</summary>
    public static Citation Dobrota2016 { get; } = new(
        "Dobrota R, Maurer B, Graf N, et al.",
        2016,
        "Prediction of improvement in skin fibrosis in diffuse cutaneous systemic sclerosis: a EUSTAR analysis",
        "Ann Rheum Dis 2016",
        "10.1136/annrheumdis-2015-208024");

    /// <summary>EUSTAR: progressive skin fibrosis a rise of more than 5 units and at least 25 % over 12 ± 3 months, associated with FVC decline and death.</summary>
    public static Citation Wu2019 { get; } = new(
        "Wu W, Jordan S, Graf N, et al.",
        2019,
        "Progressive skin fibrosis is associated with a decline in lung function and worse survival in patients with diffuse cutaneous systemic sclerosis in the European Scleroderma Trials and Research (EUSTAR) cohort",
        "Ann Rheum Dis 2019;78(5):648-56",
        "10.1136/annrheumdis-2018-213455");

    /// <summary>Scleroderma Lung Study II: mycophenolate mofetil, target 1500 mg twice daily for 24 months, against oral cyclophosphamide.</summary>
    public static Citation SlsII { get; } = new(
        "Tashkin DP, Roth MD, Clements PJ, et al.",
        2016,
        "Mycophenolate mofetil versus oral cyclophosphamide in scleroderma-related interstitial lung disease (SLS II): a randomised controlled, double-blind, parallel group trial",
        "Lancet Respir Med 2016",
        "10.1016/S2213-2600(16)30152-7");

    /// <summary>Skin thickness on mycophenolate mofetil and cyclophosphamide in the Scleroderma Lung Studies, assessed every 6 months.</summary>
    public static Citation Namas2018 { get; } = new(
        "Namas R, Tashkin DP, Furst DE, et al.",
        2018,
        "Efficacy of mycophenolate mofetil and oral cyclophosphamide on skin thickness: post-hoc analyses from the Scleroderma Lung Study I and II",
        "Arthritis Care Res 2018;70(3):439-44",
        "10.1002/acr.23282");

    /// <summary>ASTIS: autologous haematopoietic stem-cell transplantation against 12 monthly cyclophosphamide pulses in early diffuse cutaneous SSc (156 patients).</summary>
    public static Citation Astis { get; } = new(
        "van Laar JM, Farge D, Sont JK, et al.",
        2014,
        "Autologous hematopoietic stem cell transplantation vs intravenous pulse cyclophosphamide in diffuse cutaneous systemic sclerosis: a randomized clinical trial",
        "JAMA 2014",
        null,
        "https://jamanetwork.com/journals/jama/fullarticle/1883019");

    /// <summary>SCOT: myeloablative CD34+ selected autologous stem-cell transplantation against 12 monthly cyclophosphamide infusions (75 patients).</summary>
    public static Citation Scot { get; } = new(
        "Sullivan KM, Goldmuntz EA, Keyes-Elstein L, et al.",
        2018,
        "Myeloablative autologous stem-cell transplantation for severe scleroderma",
        "N Engl J Med 2018;378(1):35-47",
        "10.1056/NEJMoa1703327");

    /// <summary>DESIRES: rituximab 375 mg/m² weekly for 4 weeks against placebo, primary end point the change in mRSS at 24 weeks (56 patients).</summary>
    public static Citation Desires { get; } = new(
        "Ebata S, Yoshizaki A, Oba K, et al.",
        2021,
        "Safety and efficacy of rituximab in systemic sclerosis (DESIRES): a double-blind, investigator-initiated, randomised, placebo-controlled trial",
        "Lancet Rheumatol 2021",
        "10.1016/S2665-9913(21)00107-7");
}
