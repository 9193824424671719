using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// The claims of the two seed documents, restated in the library's own words (the table in <c>seeds/README.md</c>
/// lists the same claims with the mechanisms that model them; a test keeps the two in step).
/// </summary>
public static class SeedClaims
{
    /// <summary>Gets every seed claim, lupus (<c>L1</c>–<c>L8</c>) first, then systemic sclerosis (<c>S1</c>–<c>S7</c>).</summary>
    public static ImmutableArray<SeedClaim> All { get; } =
    [
        Claim("L1", "sle", MechanismCategory.ResponseClassification,
            "Some patients never respond to a therapy (primary non-response) and others respond and later lose the response (secondary loss of response)."),
        Claim("L2", "sle", MechanismCategory.Pharmacogenomic,
            "Gene variants in immune pathways, drug metabolism and receptor sensitivity change how well a therapy works."),
        Claim("L3", "sle", MechanismCategory.DiseaseHeterogeneity,
            "Lupus presents in many ways, so a therapy that controls one presentation can fail in another."),
        Claim("L4", "sle", MechanismCategory.AcquiredTolerance,
            "Under continued therapy the immune system adapts, the effect fades and doses have to rise."),
        Claim("L5", "sle", MechanismCategory.ImmuneRemodelling,
            "Long-standing inflammation reshapes immune cell populations, which changes how the disease responds."),
        Claim("L6", "sle", MechanismCategory.BiomarkerGuidedOptions,
            "Biomarkers can predict response, and targeted biologics such as belimumab and rituximab serve patients whom conventional drugs fail."),
        Claim("L7", "sle", MechanismCategory.NonAdherence,
            "Comorbidities, environmental triggers and whether the medicines are actually taken all shape the outcome."),
        Claim("L8", "sle", MechanismCategory.EmergingOptions,
            "Stem-cell transplantation and new small molecules are being studied for disease that resists standard therapy."),
        Claim("S1", "ssc", MechanismCategory.DiseaseHeterogeneity,
            "Systemic sclerosis differs between patients in genetics, immune activity and exposures, so no single regimen fits all."),
        Claim("S2", "ssc", MechanismCategory.ImmuneDysregulation,
            "T cells, B cells and cytokines drive fibrosis and tissue damage, and standard immunosuppression reaches only part of that process."),
        Claim("S3", "ssc", MechanismCategory.CompensatoryPathways,
            "Immune pathways overlap, so blocking one can let another take over and blunt the therapy."),
        Claim("S4", "ssc", MechanismCategory.EstablishedDamage,
            "Once fibrosis is established it sustains itself and resists therapy, leaving damage that does not reverse."),
        Claim("S5", "ssc", MechanismCategory.Comorbidity,
            "Gastrointestinal involvement, pulmonary hypertension and renal crisis complicate care, and their treatments can interfere with the main therapy."),
        Claim("S6", "ssc", MechanismCategory.Pharmacogenomic,
            "Some genetic and epigenetic variants predispose to more aggressive disease that resists conventional therapy."),
        Claim("S7", "ssc", MechanismCategory.TimingOfIntervention,
            "Early disease responds better to treatment than late, fibrotic disease."),
    ];

    /// <summary>Returns the claim with id <paramref name="id"/>.</summary>
    /// <param name="id">The claim id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns><see langword="true"/> when the claim exists.</returns>
    public static bool TryGet(SeedClaimId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SeedClaim? claim)
    {
        foreach (var candidate in All)
        {
            if (candidate.Id == id)
            {
                claim = candidate;
                return true;
            }
        }

        claim = null;
        return false;
    }

    private static SeedClaim Claim(string id, string disease, MechanismCategory category, string statement) =>
        new() { Id = SeedClaimId.Create(id), Disease = DiseaseId.Create(disease), Category = category, Statement = statement };
}
