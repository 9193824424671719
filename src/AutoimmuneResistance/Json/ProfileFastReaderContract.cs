namespace AutoimmuneResistance;

/// <summary>
/// The JSON members that <see cref="ProfileFastReader"/> reads by hand, per record: every member, the required ones and
/// the ones that accept a JSON <c>null</c>. A test compares this table with the source-generated metadata, so that a
/// member added to, made required in or made non-nullable in one of these records fails the build's tests instead of
/// being ignored by the fast path (which declines unknown members, so an addition would otherwise only cost speed, but
/// a new required member would be missed).
/// </summary>
internal static class ProfileFastReaderContract
{
    /// <summary>One hand-read record.</summary>
    /// <param name="Type">The record.</param>
    /// <param name="Members">Every JSON member the fast path reads.</param>
    /// <param name="Required">The members a document must state.</param>
    /// <param name="Nullable">The members that accept <c>null</c>.</param>
    internal sealed record Record(Type Type, string[] Members, string[] Required, string[] Nullable);

    /// <summary>Gets the hand-read records.</summary>
    public static IReadOnlyList<Record> Records { get; } =
    [
        new(
            typeof(PatientProfile),
            [
                "schemaVersion", "subject", "birthYear", "sex", "bodyWeights", "diagnoses", "therapies", "observations", "autoantibodies",
                "genotypes", "comorbidities", "exposures", "drugLevels", "refillAdherence", "antiDrugAntibodies", "assessments",
            ],
            ["schemaVersion", "subject"],
            ["birthYear"]),
        new(
            typeof(TherapyCourse),
            ["therapy", "class", "code", "route", "regimen", "doseChanges", "administered", "start", "end", "indication", "stopReason"],
            ["therapy", "class", "start"],
            ["code", "route", "regimen", "end", "indication", "stopReason"]),
        new(typeof(DoseChange), ["on", "regimen"], ["on", "regimen"], []),

        // Read through its constructor: the dose is a required parameter, the others have defaults.
        new(typeof(DoseRegimen), ["dose", "administrations", "intervalDays", "totalAdministrations"], ["dose"], ["totalAdministrations"]),
        new(typeof(Administration), ["on", "reaction"], ["on"], []),
        new(typeof(BodyWeightMeasurement), ["on", "weight"], ["on", "weight"], []),
        new(typeof(Diagnosis), ["disease", "onset", "codes", "features"], ["disease"], ["onset", "features"]),
        new(typeof(Observation), ["on", "code", "value", "referenceLow", "referenceHigh"], ["on", "code", "value"], ["referenceLow", "referenceHigh"]),
        new(
            typeof(AutoantibodyResult),
            ["antibody", "on", "positive", "titerDenominator", "level", "code"],
            ["antibody", "positive"],
            ["on", "titerDenominator", "level", "code"]),
        new(typeof(GenotypeResult), ["gene", "diplotype", "phenotype", "on"], ["gene"], ["diplotype", "phenotype", "on"]),
        new(typeof(Comorbidity), ["code", "onset", "resolved"], ["code"], ["onset", "resolved"]),
        new(typeof(Exposure), ["kind", "status", "from", "to"], ["kind", "status"], ["from", "to"]),
        new(typeof(DrugLevel), ["on", "therapy", "matrix", "level", "code"], ["on", "therapy", "matrix", "level"], ["code"]),
        new(typeof(RefillAdherence), ["therapy", "from", "to", "proportionOfDaysCovered"], ["therapy", "from", "to", "proportionOfDaysCovered"], []),
        new(typeof(AntiDrugAntibodyResult), ["on", "therapy", "positive", "level"], ["on", "therapy", "positive"], ["level"]),
        new(typeof(RecordedScore), ["on", "instrument", "score"], ["on", "instrument", "score"], []),
    ];
}
