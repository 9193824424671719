namespace AutoimmuneResistance;

/// <summary>
/// The definitions behind <see cref="TherapyCatalog.BuiltIn"/>. Every ATC code is a CONFIRMED row of docs/codes.md
/// (current WHO index, read in the 2025-08-19 reproduction); codes for topical, intestinal or ophthalmic preparations
/// are left out on purpose, and so is any code that could not be confirmed.
/// </summary>
internal static class BuiltInTherapies
{
    public static TherapyDefinition[] Create()
    {
        Citation[] atc = [CatalogSources.WhoAtcIndex2025];
        Citation[] atcAndChange = [CatalogSources.WhoAtcIndex2025, CatalogSources.MiiAtcChanges2024];
        const string GlucocorticoidReceptor = "Glucocorticoid receptor";
        const string Antimalarial = "Endosomal acidification and Toll-like receptor 7/9 signalling in immune cells";
        const string Impdh = "Inosine monophosphate dehydrogenase (IMPDH): de novo purine synthesis in lymphocytes";

        return
        [
            Drug(TherapyId.Prednisone, "Prednisone", TherapyClass.Glucocorticoid, GlucocorticoidReceptor + " (prodrug of prednisolone)", "H02AB07", "prednisone", atc),
            Drug(TherapyId.Prednisolone, "Prednisolone", TherapyClass.Glucocorticoid, GlucocorticoidReceptor, "H02AB06", "prednisolone", atc),
            Drug(TherapyId.Methylprednisolone, "Methylprednisolone", TherapyClass.Glucocorticoid, GlucocorticoidReceptor, "H02AB04", "methylprednisolone", atc),
            Drug(TherapyId.Hydrocortisone, "Hydrocortisone", TherapyClass.Glucocorticoid, GlucocorticoidReceptor, "H02AB09", "hydrocortisone", atc),
            Drug(TherapyId.Dexamethasone, "Dexamethasone", TherapyClass.Glucocorticoid, GlucocorticoidReceptor, "H02AB02", "dexamethasone", atc),
            Drug(TherapyId.Hydroxychloroquine, "Hydroxychloroquine", TherapyClass.Antimalarial, Antimalarial, "P01BA02", "hydroxychloroquine", atc),
            Drug(TherapyId.Chloroquine, "Chloroquine", TherapyClass.Antimalarial, Antimalarial, "P01BA01", "chloroquine", atc),

            // L04AA06 is named "mycophenolic acid" in the ATC index and covers the mofetil ester too. Mycophenolic acid
            // is listed first so that TryFindByAtc("L04AA06") returns the ATC substance itself.
            Drug(TherapyId.MycophenolicAcid, "Mycophenolic acid", TherapyClass.Antimetabolite, Impdh, "L04AA06", "mycophenolic acid", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.MycophenolateMofetil, "Mycophenolate mofetil", TherapyClass.Antimetabolite, Impdh + " (prodrug of mycophenolic acid)", "L04AA06", "mycophenolic acid", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Azathioprine, "Azathioprine", TherapyClass.Antimetabolite, "Purine synthesis: thiopurine prodrug of 6-mercaptopurine, acting through thioguanine nucleotides", "L04AX01", "azathioprine", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Methotrexate, "Methotrexate", TherapyClass.Antimetabolite, "Folate antagonist: dihydrofolate reductase and other folate-dependent enzymes", "L04AX03", "methotrexate", atc) with
            {
                IsConventionalImmunosuppressant = true,
                OtherAtcCodes = [ClinicalCode.Atc("L01BA01", "methotrexate")],
            },
            Drug(TherapyId.Leflunomide, "Leflunomide", TherapyClass.Antimetabolite, "Dihydroorotate dehydrogenase (DHODH): de novo pyrimidine synthesis, through its metabolite teriflunomide", "L04AK01", "leflunomide", atcAndChange) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Cyclophosphamide, "Cyclophosphamide", TherapyClass.AlkylatingAgent, "DNA alkylation and cross-linking (prodrug activated in the liver)", "L01AA01", "cyclophosphamide", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Tacrolimus, "Tacrolimus", TherapyClass.CalcineurinInhibitor, "Calcineurin (via FKBP12)", "L04AD02", "tacrolimus", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Voclosporin, "Voclosporin", TherapyClass.CalcineurinInhibitor, "Calcineurin (via cyclophilin)", "L04AD03", "voclosporin", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Ciclosporin, "Ciclosporin", TherapyClass.CalcineurinInhibitor, "Calcineurin (via cyclophilin)", "L04AD01", "ciclosporin", atc) with { IsConventionalImmunosuppressant = true },
            Drug(TherapyId.Belimumab, "Belimumab", TherapyClass.BlysInhibitor, "BLyS (BAFF), soluble B-lymphocyte stimulator", "L04AG04", "belimumab", atcAndChange) with { IsBiologic = true },
            Drug(TherapyId.Rituximab, "Rituximab", TherapyClass.AntiCd20, "CD20 on B cells (depleting antibody)", "L01FA01", "rituximab", atc) with { IsBiologic = true },
            Drug(TherapyId.Obinutuzumab, "Obinutuzumab", TherapyClass.AntiCd20, "CD20 on B cells (glycoengineered type II depleting antibody)", "L01FA03", "obinutuzumab", atc) with { IsBiologic = true },
            Drug(TherapyId.Anifrolumab, "Anifrolumab", TherapyClass.InterferonReceptorAntagonist, "Type I interferon receptor subunit 1 (IFNAR1)", "L04AG11", "anifrolumab", atc) with { IsBiologic = true },
            Drug(TherapyId.Tocilizumab, "Tocilizumab", TherapyClass.Il6ReceptorAntagonist, "Interleukin-6 receptor (soluble and membrane-bound)", "L04AC07", "tocilizumab", atc) with { IsBiologic = true },
            Drug(TherapyId.Nintedanib, "Nintedanib", TherapyClass.TyrosineKinaseInhibitor, "Receptor tyrosine kinases VEGFR, FGFR and PDGFR", "L01EX09", "nintedanib", atc),

            // Procedures and experimental cellular therapies: the ATC classifies medicinal products, and no code
            // stands for these approaches as a whole, so Atc stays null.
            new TherapyDefinition
            {
                Id = TherapyId.AutologousStemCellTransplant,
                Name = "Autologous haematopoietic stem-cell transplantation",
                Class = TherapyClass.StemCellTransplant,
                MolecularTarget = "Immune reset: immunoablative conditioning followed by reinfusion of the patient's own haematopoietic stem cells",
            },
            new TherapyDefinition
            {
                Id = TherapyId.Cd19CarT,
                Name = "CD19 CAR-T cell therapy",
                Class = TherapyClass.CellularTherapy,
                MolecularTarget = "CD19 on B-lineage cells, targeted by autologous T cells carrying a chimeric antigen receptor",
            },
        ];
    }

    private static TherapyDefinition Drug(
        TherapyId id, string name, TherapyClass therapyClass, string target, string atcCode, string atcName, Citation[] sources) =>
        new()
        {
            Id = id,
            Name = name,
            Class = therapyClass,
            MolecularTarget = target,
            Atc = ClinicalCode.Atc(atcCode, atcName),
            Sources = sources,
        };
}
