using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The lupus module's resistance mechanisms (ids <c>sle.&lt;name&gt;</c>), each traced to the lupus seed claims and,
/// where a publication refines the claim, to that publication. The pipeline adds them to its <see cref="MechanismCatalog"/>.
/// </summary>
public static class LupusMechanisms
{
    /// <summary>Non-adherence (<c>sle.non-adherence</c>).</summary>
    public static MechanismId NonAdherence { get; } = MechanismId.Create("sle.non-adherence");

    /// <summary>Primary non-response (<c>sle.primary-non-response</c>).</summary>
    public static MechanismId PrimaryNonResponse { get; } = MechanismId.Create("sle.primary-non-response");

    /// <summary>Secondary loss of response (<c>sle.secondary-loss-of-response</c>).</summary>
    public static MechanismId SecondaryLossOfResponse { get; } = MechanismId.Create("sle.secondary-loss-of-response");

    /// <summary>Glucocorticoid dependence (<c>sle.glucocorticoid-dependence</c>).</summary>
    public static MechanismId GlucocorticoidDependence { get; } = MechanismId.Create("sle.glucocorticoid-dependence");

    /// <summary>TPMT/NUDT15 and azathioprine (<c>sle.thiopurine-metabolism</c>).</summary>
    public static MechanismId ThiopurineMetabolism { get; } = MechanismId.Create("sle.thiopurine-metabolism");

    /// <summary>CYP3A5 expression and tacrolimus (<c>sle.cyp3a5-tacrolimus</c>).</summary>
    public static MechanismId TacrolimusMetabolism { get; } = MechanismId.Create("sle.cyp3a5-tacrolimus");

    /// <summary>FCGR3A 158V/F and rituximab (<c>sle.fcgr3a-rituximab</c>).</summary>
    public static MechanismId Fcgr3aRituximab { get; } = MechanismId.Create("sle.fcgr3a-rituximab");

    /// <summary>Anti-rituximab antibodies (<c>sle.anti-rituximab-antibodies</c>).</summary>
    public static MechanismId AntiDrugAntibodies { get; } = MechanismId.Create("sle.anti-rituximab-antibodies");

    /// <summary>Incomplete B-cell depletion (<c>sle.incomplete-b-cell-depletion</c>).</summary>
    public static MechanismId IncompleteBCellDepletion { get; } = MechanismId.Create("sle.incomplete-b-cell-depletion");

    /// <summary>B-cell repopulation after rituximab (<c>sle.b-cell-repopulation</c>).</summary>
    public static MechanismId BCellRepopulation { get; } = MechanismId.Create("sle.b-cell-repopulation");

    /// <summary>Type I interferon signature and anifrolumab (<c>sle.type-i-interferon</c>).</summary>
    public static MechanismId TypeIInterferon { get; } = MechanismId.Create("sle.type-i-interferon");

    /// <summary>BLyS, serology and belimumab (<c>sle.blys-serology-belimumab</c>).</summary>
    public static MechanismId BlysAndSerology { get; } = MechanismId.Create("sle.blys-serology-belimumab");

    /// <summary>Activity confined to one organ domain (<c>sle.organ-confined-activity</c>).</summary>
    public static MechanismId OrganConfinedActivity { get; } = MechanismId.Create("sle.organ-confined-activity");

    /// <summary>Refractory lupus nephritis (<c>sle.refractory-lupus-nephritis</c>).</summary>
    public static MechanismId RefractoryNephritis { get; } = MechanismId.Create("sle.refractory-lupus-nephritis");

    /// <summary>Smoking and antimalarial response (<c>sle.smoking-antimalarials</c>).</summary>
    public static MechanismId SmokingAntimalarials { get; } = MechanismId.Create("sle.smoking-antimalarials");

    /// <summary>Gets every lupus mechanism with its category, seed claims and sources.</summary>
    public static ImmutableArray<ResistanceMechanism> All { get; } =
    [
        new()
        {
            Id = NonAdherence,
            Title = "Non-adherence",
            Category = MechanismCategory.NonAdherence,
            Description = "The therapy is not being taken as prescribed, shown by a low drug level (hydroxychloroquine in whole blood or serum) or a low proportion of days covered by refills.",
            Claims = [SeedClaimId.Create("L7")],
        },
        new()
        {
            Id = PrimaryNonResponse,
            Title = "Primary non-response",
            Category = MechanismCategory.ResponseClassification,
            Description = "An adequate, adherent trial of a therapy never brought lupus activity down.",
            Claims = [SeedClaimId.Create("L1")],
        },
        new()
        {
            Id = SecondaryLossOfResponse,
            Title = "Secondary loss of response",
            Category = MechanismCategory.AcquiredTolerance,
            Description = "Activity fell on a therapy and later flared on the same therapy, or the dose had to rise to hold control.",
            Claims = [SeedClaimId.Create("L1"), SeedClaimId.Create("L4")],
        },
        new()
        {
            Id = GlucocorticoidDependence,
            Title = "Glucocorticoid dependence",
            Category = MechanismCategory.AcquiredTolerance,
            Description = "Glucocorticoids cannot be tapered to the EULAR 2023 maintenance threshold of 5 mg/day prednisone-equivalent or less.",
            Claims = [SeedClaimId.Create("L4")],
            Sources = [LupusSources.Eular2023],
        },
        new()
        {
            Id = ThiopurineMetabolism,
            Title = "TPMT/NUDT15 and azathioprine",
            Category = MechanismCategory.Pharmacogenomic,
            Description = "Reduced TPMT or NUDT15 function limits the azathioprine dose that can be tolerated (CPIC).",
            Claims = [SeedClaimId.Create("L2")],
            Sources = [LupusSources.CpicThiopurines],
        },
        new()
        {
            Id = TacrolimusMetabolism,
            Title = "CYP3A5 expression and tacrolimus",
            Category = MechanismCategory.Pharmacogenomic,
            Description = "CYP3A5 expressers clear tacrolimus faster and need higher doses to reach target levels (CPIC; evidence from transplantation).",
            Claims = [SeedClaimId.Create("L2")],
            Sources = [LupusSources.CpicTacrolimus],
        },
        new()
        {
            Id = Fcgr3aRituximab,
            Title = "FCGR3A 158V/F and rituximab",
            Category = MechanismCategory.Pharmacogenomic,
            Description = "Carriers of the FCGR3A 158F allele deplete B cells less completely after rituximab.",
            Claims = [SeedClaimId.Create("L2")],
            Sources = [LupusSources.AnolikFcgr3a],
        },
        new()
        {
            Id = AntiDrugAntibodies,
            Title = "Anti-rituximab antibodies",
            Category = MechanismCategory.AcquiredTolerance,
            Description = "Antibodies against rituximab cause secondary non-depletion non-response at retreatment; a humanised anti-CD20 can restore depletion.",
            Claims = [SeedClaimId.Create("L4")],
            Sources = [LupusSources.MdYusofRituximab],
        },
        new()
        {
            Id = IncompleteBCellDepletion,
            Title = "Incomplete B-cell depletion",
            Category = MechanismCategory.ImmuneRemodelling,
            Description = "B cells were not fully depleted after rituximab, which lowers the odds of a major clinical response.",
            Claims = [SeedClaimId.Create("L5")],
            Sources = [LupusSources.MdYusofRituximab],
        },
        new()
        {
            Id = BCellRepopulation,
            Title = "B-cell repopulation after rituximab",
            Category = MechanismCategory.ImmuneRemodelling,
            Description = "B cells returned to the blood after complete depletion by rituximab: the depletion that went with complete renal response in LUNAR has ended, and in a University College London cohort a longer depletion went with a better outcome.",
            Claims = [SeedClaimId.Create("L4"), SeedClaimId.Create("L5")],
            Sources = [LupusSources.GomezMendezLunar, LupusSources.DiasDepletionDuration],
        },
        new()
        {
            Id = TypeIInterferon,
            Title = "Type I interferon signature and anifrolumab",
            Category = MechanismCategory.BiomarkerGuidedOptions,
            Description = "A high type I interferon gene signature marks the patients in whom anifrolumab's trial benefit was concentrated.",
            Claims = [SeedClaimId.Create("L6")],
            Sources = [LupusSources.VitalTulip],
        },
        new()
        {
            Id = BlysAndSerology,
            Title = "BLyS, serology and belimumab",
            Category = MechanismCategory.BiomarkerGuidedOptions,
            Description = "High BLyS or active serology (low complement with anti-dsDNA) marks a larger benefit from belimumab over placebo.",
            Claims = [SeedClaimId.Create("L6")],
            Sources = [LupusSources.RothBlys],
        },
        new()
        {
            Id = OrganConfinedActivity,
            Title = "Activity confined to one organ domain",
            Category = MechanismCategory.DiseaseHeterogeneity,
            Description = "Activity persists in one organ system (for example the kidney) while the others are quiet, which points to therapy chosen for that domain.",
            Claims = [SeedClaimId.Create("L3")],
        },
        new()
        {
            Id = RefractoryNephritis,
            Title = "Refractory lupus nephritis",
            Category = MechanismCategory.ResponseClassification,
            Description = "No improvement of proteinuria or kidney function after two different standard induction regimens in an adherent patient (Arora 2022).",
            Claims = [SeedClaimId.Create("L1"), SeedClaimId.Create("L3")],
        },
        new()
        {
            Id = SmokingAntimalarials,
            Title = "Smoking and antimalarial response",
            Category = MechanismCategory.Exposure,
            Description = "Smokers respond to antimalarials about half as often (cutaneous lupus, observational evidence).",
            Claims = [SeedClaimId.Create("L7")],
            Sources = [LupusSources.ChassetSmoking],
        },
    ];
}
