using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The systemic sclerosis module's resistance mechanisms (ids <c>ssc.&lt;name&gt;</c>), each traced to the systemic
/// sclerosis seed claims (<c>S1</c>–<c>S7</c>) and to the publications that refine them. The pipeline adds them to its
/// <see cref="MechanismCatalog"/>.
/// </summary>
public static class SscMechanisms
{
    /// <summary>Glucocorticoids at a dose tied to scleroderma renal crisis (<c>ssc.glucocorticoid-renal-crisis-risk</c>).</summary>
    public static MechanismId GlucocorticoidRenalCrisisRisk { get; } = MechanismId.Create("ssc.glucocorticoid-renal-crisis-risk");

    /// <summary>Immunosuppression started after the early diffuse window (<c>ssc.late-immunosuppression</c>).</summary>
    public static MechanismId LateImmunosuppression { get; } = MechanismId.Create("ssc.late-immunosuppression");

    /// <summary>Interstitial lung disease progressing on therapy (<c>ssc.progressive-ild-on-therapy</c>).</summary>
    public static MechanismId ProgressiveIldOnTherapy { get; } = MechanismId.Create("ssc.progressive-ild-on-therapy");

    /// <summary>Skin thickening that did not improve or progressed on an adequate course (<c>ssc.progressive-skin-on-therapy</c>).</summary>
    public static MechanismId ProgressiveSkinOnTherapy { get; } = MechanismId.Create("ssc.progressive-skin-on-therapy");

    /// <summary>An autoantibody-defined phenotype (<c>ssc.autoantibody-phenotype</c>).</summary>
    public static MechanismId AutoantibodyPhenotype { get; } = MechanismId.Create("ssc.autoantibody-phenotype");

    /// <summary>Therapies of different mechanism classes each failed in the lung or the skin (<c>ssc.sequential-failure-across-classes</c>).</summary>
    public static MechanismId SequentialFailureAcrossClasses { get; } = MechanismId.Create("ssc.sequential-failure-across-classes");

    /// <summary>TPMT or NUDT15 function that lowers the azathioprine dose CPIC advises (<c>ssc.thiopurine-metabolism</c>).</summary>
    public static MechanismId ThiopurineMetabolism { get; } = MechanismId.Create("ssc.thiopurine-metabolism");

    /// <summary>Late, inactive disease whose skin or lung no longer changes: damage rather than activity (<c>ssc.established-damage</c>).</summary>
    public static MechanismId EstablishedDamage { get; } = MechanismId.Create("ssc.established-damage");

    /// <summary>Pulmonary hypertension interfering with the reading of lung function and with transplantation (<c>ssc.pulmonary-hypertension</c>).</summary>
    public static MechanismId PulmonaryHypertension { get; } = MechanismId.Create("ssc.pulmonary-hypertension");

    /// <summary>Intestinal involvement lowering the exposure to oral mycophenolate (<c>ssc.intestinal-involvement</c>).</summary>
    public static MechanismId IntestinalInvolvement { get; } = MechanismId.Create("ssc.intestinal-involvement");

    /// <summary>Not improved by the ACR CRISS over a year of an immunosuppressive course (<c>ssc.criss-not-improved-on-therapy</c>).</summary>
    public static MechanismId CrissNotImprovedOnTherapy { get; } = MechanismId.Create("ssc.criss-not-improved-on-therapy");

    /// <summary>The revised EUSTAR activity index still (or newly) active about a year into an immunosuppressive course (<c>ssc.activity-persisting-on-therapy</c>).</summary>
    public static MechanismId ActivityPersistingOnTherapy { get; } = MechanismId.Create("ssc.activity-persisting-on-therapy");

    /// <summary>Gets every systemic sclerosis mechanism with its category, seed claims and sources.</summary>
    public static ImmutableArray<ResistanceMechanism> All { get; } =
    [
        new()
        {
            Id = GlucocorticoidRenalCrisisRisk,
            Title = "Glucocorticoids and scleroderma renal crisis",
            Category = MechanismCategory.Comorbidity,
            Description = "A complication's treatment interferes with the disease: a prednisone-equivalent dose of 15 mg/day or more in the previous 6 months was associated with scleroderma renal crisis in a case-control study.",
            Claims = [SeedClaimId.Create("S5")],
            Sources = [SscCitations.Steen1998, SscCitations.Trang2012, SscCitations.FrenchPnds2021],
        },
        new()
        {
            Id = LateImmunosuppression,
            Title = "Immunosuppression after the early diffuse window",
            Category = MechanismCategory.TimingOfIntervention,
            Description = "Early diffuse disease responds better than late disease, when fibrosis is established; immunosuppression that started after the early window (counted from the first non-Raynaud manifestation) met a less responsive disease.",
            Claims = [SeedClaimId.Create("S7"), SeedClaimId.Create("S4")],
            Sources = [SscCitations.Press2021, SscCitations.Pittsburgh2021],
        },
        new()
        {
            Id = ProgressiveIldOnTherapy,
            Title = "Interstitial lung disease progressing on therapy",
            Category = MechanismCategory.EstablishedDamage,
            Description = "Lung function declined on an immunosuppressive or antifibrotic course beyond a published progression threshold (INBUILD, ATS/ERS/JRS/ALAT 2022, the SSc composite, EUSTAR): fibrosis that carries on despite treatment.",
            Claims = [SeedClaimId.Create("S4"), SeedClaimId.Create("S2")],
            Sources = [SscCitations.Flaherty2019, SscCitations.Raghu2022, SscCitations.HoffmannVold2020, SscCitations.Vonk2021, SscCitations.HoffmannVold2021],
        },
        new()
        {
            Id = ProgressiveSkinOnTherapy,
            Title = "Skin disease not improving on therapy",
            Category = MechanismCategory.EstablishedDamage,
            Description = "The modified Rodnan skin score did not fall by a minimal clinically important difference, or rose by one, over an adequate immunosuppressive course (Khanna 2006 and 2019; EUSTAR: Dobrota 2016, Wu 2019): skin fibrosis that carries on despite treatment.",
            Claims = [SeedClaimId.Create("S4")],
            Sources = [SkinCitations.Khanna2019MrssMcid, SkinCitations.Khanna2006MrssMid, SkinCitations.Dobrota2016, SkinCitations.Wu2019],
        },
        new()
        {
            Id = AutoantibodyPhenotype,
            Title = "Autoantibody-defined phenotype",
            Category = MechanismCategory.DiseaseHeterogeneity,
            Description = "The SSc-specific autoantibody marks a phenotype with its own course and organ risks (anti-topoisomerase I: diffuse skin and lung disease; anti-RNA polymerase III: rapid skin progression and renal crisis; anti-centromere: limited skin, pulmonary arterial hypertension); an informational flag, not a score.",
            Claims = [SeedClaimId.Create("S1")],
            Sources = [SscCitations.HoReveille2003, SscCitations.RnaPolymeraseReview],
        },
        new()
        {
            Id = SequentialFailureAcrossClasses,
            Title = "Failure across mechanism classes",
            Category = MechanismCategory.CompensatoryPathways,
            Description = "Therapies of two or more different mechanism classes (for example an antimetabolite, then B-cell depletion) each failed in the lung or the skin although taken as prescribed. Pathogenesis runs through vascular, immune and fibrotic pathways at once (Allanore 2015), and no single targeted drug has controlled it (Nat Rev Rheumatol 2010), so failure across classes is a signal that more than one pathway drives the disease; expert opinion, a signal and not a proof.",
            Claims = [SeedClaimId.Create("S3")],
            Sources = [PathwaySources.Allanore2015, PathwaySources.TargetedTherapy2010],
        },
        new()
        {
            Id = ThiopurineMetabolism,
            Title = "Thiopurine metabolism and azathioprine",
            Category = MechanismCategory.Pharmacogenomic,
            Description = "Reduced TPMT or NUDT15 function lowers the azathioprine dose CPIC advises for nonmalignant conditions (30-80 % of normal for one intermediate gene, 20-50 % for both, another immunosuppressant for a poor metabolizer), which may limit its effect. The only genetic reading the module makes: no genetic or epigenetic marker validated to predict treatment resistance or more aggressive disease in SSc was found (Assassi 2013: predictors of response would need genetic studies built into drug trials), so that part of the claim is left unevaluated rather than guessed.",
            Claims = [SeedClaimId.Create("S6")],
            Sources = [PathwaySources.CpicThiopurines, PathwaySources.Assassi2013],
        },
        new()
        {
            Id = EstablishedDamage,
            Title = "Established damage rather than active disease",
            Category = MechanismCategory.EstablishedDamage,
            Description = "Late disease whose skin score or lung function has not changed by a minimal clinically important difference over about a year (12 ± 3 months, the EUSTAR interval), with the revised EUSTAR activity index below 2.5: what does not improve is established fibrosis, not active disease resisting treatment.",
            Claims = [SeedClaimId.Create("S4"), SeedClaimId.Create("S7")],
            Sources = [SscCitations.Valentini2017, SkinCitations.Khanna2019MrssMcid, SkinCitations.Dobrota2016, SkinCitations.Wu2019, SscCitations.HoffmannVold2021, SscCitations.Flaherty2019],
        },
        new()
        {
            Id = PulmonaryHypertension,
            Title = "Pulmonary hypertension",
            Category = MechanismCategory.Comorbidity,
            Description = "Pulmonary hypertension on right-heart catheterisation (mean pulmonary arterial pressure above 20 mmHg, ESC/ERS 2022; at least 25 mmHg, ESC/ERS 2015) complicates care: the pulmonary vessels can lower DLCO by themselves, so a DLCO decline need not be fibrosis (progressive pulmonary fibrosis requires no alternative explanation, ATS/ERS/JRS/ALAT 2022), and a mean pressure above 25 mmHg contraindicates autologous stem-cell transplantation under the standard protocols (EBMT 2017).",
            Claims = [SeedClaimId.Create("S5")],
            Sources = [InterferenceCitations.Humbert2022, InterferenceCitations.Galie2016, SscCitations.Raghu2022, InterferenceCitations.Ebmt2017],
        },
        new()
        {
            Id = IntestinalInvolvement,
            Title = "Intestinal involvement and oral mycophenolate",
            Category = MechanismCategory.Comorbidity,
            Description = "Gastrointestinal involvement limits oral drugs: in SSc a raised faecal calprotectin (intestinal inflammation) went with lower mycophenolic acid exposure on mycophenolate mofetil (Andréasson 2020), and gastrointestinal events are the commonest non-lethal adverse events of mycophenolate in SSc (Omair 2015); a poor response may then reflect low drug exposure.",
            Claims = [SeedClaimId.Create("S5")],
            Sources = [InterferenceCitations.Andreasson2020, InterferenceCitations.Omair2015],
        },
        new()
        {
            Id = CrissNotImprovedOnTherapy,
            Title = "Not improved by the ACR CRISS on therapy",
            Category = MechanismCategory.ResponseClassification,
            Description = "Over about a year of an immunosuppressive course in diffuse cutaneous SSc, the ACR CRISS (skin score, FVC, patient and physician global assessments, HAQ-DI; Khanna 2016) predicted a probability of improvement below the 0.60 conventionally counted as improved: a composite non-response of the disease as a whole.",
            Claims = [SeedClaimId.Create("S4")],
            Sources = [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes],
        },
        new()
        {
            Id = ActivityPersistingOnTherapy,
            Title = "Disease activity persisting on therapy",
            Category = MechanismCategory.ResponseClassification,
            Description = "The revised EUSTAR activity index (Valentini 2017) was at or above 2.5, active disease, about a year into an immunosuppressive course: activity the therapy has not brought under control.",
            Claims = [SeedClaimId.Create("S4")],
            Sources = [SscCitations.Valentini2017],
        },
    ];
}
