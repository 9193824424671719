namespace AutoimmuneResistance;

/// <summary>
/// The stable codes of the core library's diagnostics. Codes never change meaning once released; each is described
/// in <c>docs/diagnostics.md</c>. Ranges: AIR10xx reading JSON, AIR11xx profile validation, AIR12xx evaluation,
/// AIR13xx cohort streaming. Disease modules use their own ranges (AIR2xxx and up).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The JSON is malformed or a value has the wrong JSON type.</summary>
    public const string InvalidJson = "AIR1001";

    /// <summary>A polymorphic object's <c>$kind</c> is missing or not registered.</summary>
    public const string UnknownKind = "AIR1002";

    /// <summary>A required property is missing or null, or a list element is null.</summary>
    public const string MissingRequiredProperty = "AIR1003";

    /// <summary>A property is not part of the contract (often a typo); it is rejected rather than silently ignored.</summary>
    public const string UnknownProperty = "AIR1004";

    /// <summary>A value is out of its allowed range or breaks its syntax (identifier, code, quantity).</summary>
    public const string InvalidValue = "AIR1005";

    /// <summary>The profile document exceeds a <see cref="ProfileReadLimits"/> limit (its size, or the entries of one list); it was not read.</summary>
    public const string ProfileTooLarge = "AIR1006";

    /// <summary>The document's <c>schemaVersion</c> is not one this library reads.</summary>
    public const string UnsupportedSchemaVersion = "AIR1010";

    /// <summary>A required identifier is unspecified (empty).</summary>
    public const string UnspecifiedIdentifier = "AIR1101";

    /// <summary>The birth year is outside 1900 to 2100.</summary>
    public const string BirthYearOutOfRange = "AIR1102";

    /// <summary>A period ends before it starts (therapy course, refill period, exposure, comorbidity).</summary>
    public const string EndBeforeStart = "AIR1103";

    /// <summary>A dose change falls outside its therapy course.</summary>
    public const string DoseChangeOutsideCourse = "AIR1104";

    /// <summary>A regimen's administrations or interval is outside its allowed range.</summary>
    public const string InvalidRegimen = "AIR1105";

    /// <summary>A genotype result has neither a diplotype nor a phenotype.</summary>
    public const string EmptyGenotype = "AIR1106";

    /// <summary>A therapy's class disagrees with the therapy catalog.</summary>
    public const string TherapyClassMismatch = "AIR1107";

    /// <summary>A therapy is not in the therapy catalog (information: user therapies are allowed).</summary>
    public const string TherapyNotInCatalog = "AIR1108";

    /// <summary>An observation's reference range has its lower limit above its upper limit, or mixes units.</summary>
    public const string InvalidReferenceRange = "AIR1109";

    /// <summary>A diagnosis names a disease for which no module is registered.</summary>
    public const string DiseaseNotRegistered = "AIR1110";

    /// <summary>A titre is outside 1 to 1 000 000.</summary>
    public const string InvalidTiter = "AIR1111";

    /// <summary>A diplotype is blank or longer than 64 characters.</summary>
    public const string InvalidDiplotype = "AIR1112";

    /// <summary>
    /// A quantity built in code has no unit or is outside its type's range (a <c>default</c> value, such as 0 kg of
    /// body weight); JSON input cannot produce one, because the reader rejects such values.
    /// </summary>
    public const string InvalidQuantity = "AIR1113";

    /// <summary>A recorded administration falls outside its therapy course's start and end dates.</summary>
    public const string AdministrationOutsideCourse = "AIR1114";

    /// <summary>An evaluator threw; its findings for this patient are missing, the other evaluators ran.</summary>
    public const string EvaluatorFailed = "AIR1201";

    /// <summary>An evaluator reported a finding attributed to another evaluator; the finding was dropped and this error kept.</summary>
    public const string FindingMisattributed = "AIR1202";

    /// <summary>No evaluation date was given and the profile holds no date to default it from.</summary>
    public const string NoEvaluationDate = "AIR1203";

    /// <summary>
    /// The profile holds a value of a type that no registered module can serialize (a module's type used without
    /// its module), so the input hash could not be computed; evaluation went ahead.
    /// </summary>
    public const string UnregisteredType = "AIR1204";

    /// <summary>An instrument id passed to <see cref="ResistancePipeline.ComputeInstrument(InstrumentId, ReadOnlySpan{byte})"/> is not registered.</summary>
    public const string UnknownInstrument = "AIR1205";

    /// <summary>A verdict contributor threw; its verdicts for this patient are missing, the findings and the other contributors' verdicts stand.</summary>
    public const string VerdictContributorFailed = "AIR1206";

    /// <summary>A verdict contributor referred to a finding id the assessment does not hold; the reference was dropped and this error kept.</summary>
    public const string VerdictReferenceUnknown = "AIR1207";

    /// <summary>A cohort record is larger than the configured limit.</summary>
    public const string RecordTooLarge = "AIR1301";

    /// <summary>A cohort record could not be processed for an unexpected reason; the message says why.</summary>
    public const string RecordFailed = "AIR1302";
}
