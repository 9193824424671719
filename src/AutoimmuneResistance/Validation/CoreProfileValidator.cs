using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance;

/// <summary>
/// The core's consistency rules for a profile (the JSON contract already enforces types, required members and
/// ranges of values). Each problem becomes a diagnostic with a stable code and the JSON path of the offending value.
/// </summary>
/// <remarks>
/// Paths travel as <see cref="ProfilePath"/> parts and are formatted only for a diagnostic, so validating a clean profile
/// builds no path text.
/// </remarks>
internal sealed class CoreProfileValidator(TherapyCatalog therapies, FrozenSet<DiseaseId> registeredDiseases)
{
    private const int MinBirthYear = 1900;
    private const int MaxBirthYear = 2100;

    /// <summary>Checks <paramref name="profile"/> and adds a diagnostic for each problem.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <returns>
    /// <see langword="false"/> when a list holds a null element, or a required member is null (a dose change's regimen,
    /// an observation's or a comorbidity's code): that is reported and nothing else is checked, since no rule (of the
    /// core, a module or the user) can read a null entry.
    /// </returns>
    public bool Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        // A profile built in code can hold a null list element or a null required member (JSON reading rejects both);
        // report each with its path.
        if (!NoNullElements(profile, diagnostics))
        {
            return false;
        }

        if (profile.SchemaVersion != PatientProfile.CurrentSchemaVersion)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                DiagnosticCodes.UnsupportedSchemaVersion,
                $"the schema version is not supported; this library reads version {PatientProfile.CurrentSchemaVersion}",
                "$.schemaVersion", value: profile.SchemaVersion.ToString(CultureInfo.InvariantCulture)));
        }

        RequireSpecified(profile.Subject.IsSpecified, ProfilePath.Of("$.subject"), diagnostics);
        RequireDefined(profile.Sex, ProfilePath.Of("$.sex"), "unknown, female, male, other", diagnostics);
        if (profile.BirthYear is < MinBirthYear or > MaxBirthYear)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                DiagnosticCodes.BirthYearOutOfRange,
                $"birth year must be between {MinBirthYear} and {MaxBirthYear}",
                "$.birthYear",
                profile.BirthYear.Value.ToString(CultureInfo.InvariantCulture)));
        }

        for (var i = 0; i < profile.BodyWeights.Length; i++)
        {
            RequireValid(profile.BodyWeights[i].Weight, ProfilePath.Item("$.bodyWeights", i).Member(".weight"), diagnostics);
        }

        for (var i = 0; i < profile.Diagnoses.Length; i++)
        {
            var diagnosis = profile.Diagnoses[i];
            var path = ProfilePath.Item("$.diagnoses", i);
            RequireSpecified(diagnosis.Disease.IsSpecified, path.Member(".disease"), diagnostics);
            if (diagnosis.Disease.IsSpecified && !registeredDiseases.Contains(diagnosis.Disease))
            {
                diagnostics.Add(EvaluationDiagnostic.Warning(
                    DiagnosticCodes.DiseaseNotRegistered,
                    "no module for the disease is registered, so its evaluators cannot run",
                    path.Member(".disease").ToString(), value: DiagnosticValues.Text(diagnosis.Disease.Value)));
            }
        }

        for (var i = 0; i < profile.Therapies.Length; i++)
        {
            ValidateCourse(profile.Therapies[i], ProfilePath.Item("$.therapies", i), diagnostics);
        }

        for (var i = 0; i < profile.Observations.Length; i++)
        {
            var observation = profile.Observations[i];
            var path = ProfilePath.Item("$.observations", i);
            RequireValid(observation.Value, path.Member(".value"), diagnostics);
            RequireValid(observation.ReferenceLow, path.Member(".referenceLow"), diagnostics);
            RequireValid(observation.ReferenceHigh, path.Member(".referenceHigh"), diagnostics);
            if (observation.ReferenceLow is { } low && observation.ReferenceHigh is { } high
                && (low.Unit != high.Unit || low.Value > high.Value))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.InvalidReferenceRange,
                    "the reference range must use one unit and its lower limit must not exceed its upper limit",
                    path.Member(".referenceLow").ToString()));
            }
        }

        for (var i = 0; i < profile.Autoantibodies.Length; i++)
        {
            var antibody = profile.Autoantibodies[i];
            var path = ProfilePath.Item("$.autoantibodies", i);
            RequireSpecified(antibody.Antibody.IsSpecified, path.Member(".antibody"), diagnostics);
            RequireValid(antibody.Level, path.Member(".level"), diagnostics);
            if (antibody.TiterDenominator is { } titer and (< 1 or > 1_000_000))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.InvalidTiter,
                    "a titre denominator must be between 1 and 1000000",
                    path.Member(".titerDenominator").ToString(),
                    titer.ToString(CultureInfo.InvariantCulture)));
            }
        }

        for (var i = 0; i < profile.Genotypes.Length; i++)
        {
            var genotype = profile.Genotypes[i];
            var path = ProfilePath.Item("$.genotypes", i);
            RequireSpecified(genotype.Gene.IsSpecified, path.Member(".gene"), diagnostics);
            if (genotype.Diplotype is null && genotype.Phenotype is null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.EmptyGenotype, "a genotype result needs a diplotype, a phenotype or both", path.ToString()));
            }

            if (genotype.Diplotype is { } diplotype && (string.IsNullOrWhiteSpace(diplotype) || diplotype.Length > 64))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidDiplotype, "a diplotype must be 1 to 64 non-blank characters", path.Member(".diplotype").ToString()));
            }
        }

        for (var i = 0; i < profile.Comorbidities.Length; i++)
        {
            var comorbidity = profile.Comorbidities[i];
            RequireOrdered(comorbidity.Onset, comorbidity.Resolved, ProfilePath.Item("$.comorbidities", i).Member(".resolved"), "resolution date precedes the onset date", diagnostics);
        }

        for (var i = 0; i < profile.Exposures.Length; i++)
        {
            var exposure = profile.Exposures[i];
            var path = ProfilePath.Item("$.exposures", i);
            RequireSpecified(exposure.Kind.IsSpecified, path.Member(".kind"), diagnostics);
            RequireDefined(exposure.Status, path.Member(".status"), "current, former, never", diagnostics);
            RequireOrdered(exposure.From, exposure.To, path.Member(".to"), "end date precedes the start date", diagnostics);
        }

        for (var i = 0; i < profile.DrugLevels.Length; i++)
        {
            var path = ProfilePath.Item("$.drugLevels", i);
            RequireSpecified(profile.DrugLevels[i].Therapy.IsSpecified, path.Member(".therapy"), diagnostics);
            RequireValid(profile.DrugLevels[i].Level, path.Member(".level"), diagnostics);
            RequireDefined(profile.DrugLevels[i].Matrix, path.Member(".matrix"), "whole-blood, serum, plasma", diagnostics);
        }

        for (var i = 0; i < profile.RefillAdherence.Length; i++)
        {
            var refill = profile.RefillAdherence[i];
            var path = ProfilePath.Item("$.refillAdherence", i);
            RequireSpecified(refill.Therapy.IsSpecified, path.Member(".therapy"), diagnostics);
            RequireOrdered(refill.From, refill.To, path.Member(".to"), "end date precedes the start date", diagnostics);
            RequireValid(refill.ProportionOfDaysCovered, path.Member(".proportionOfDaysCovered"), diagnostics);
        }

        for (var i = 0; i < profile.AntiDrugAntibodies.Length; i++)
        {
            var path = ProfilePath.Item("$.antiDrugAntibodies", i);
            RequireSpecified(profile.AntiDrugAntibodies[i].Therapy.IsSpecified, path.Member(".therapy"), diagnostics);
            RequireValid(profile.AntiDrugAntibodies[i].Level, path.Member(".level"), diagnostics);
        }

        for (var i = 0; i < profile.Assessments.Length; i++)
        {
            if (profile.Assessments[i] is RecordedScore score)
            {
                RequireSpecified(score.Instrument.IsSpecified, ProfilePath.Item("$.assessments", i).Member(".instrument"), diagnostics);
            }
        }

        ValidateDates(profile, diagnostics);
        return true;
    }

    private static bool NoNullElements(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        var count = diagnostics.Count;
        NoNulls(profile.BodyWeights, "$.bodyWeights", diagnostics);
        NoNulls(profile.Diagnoses, "$.diagnoses", diagnostics);
        for (var i = 0; i < profile.Diagnoses.Length; i++)
        {
            if (profile.Diagnoses[i] is { } diagnosis)
            {
                for (var j = 0; j < diagnosis.Codes.Length; j++)
                {
                    if (diagnosis.Codes[j] is null)
                    {
                        diagnostics.Add(NullElement(ProfilePath.Item("$.diagnoses", i).Nested(".codes", j).ToString()));
                    }
                }
            }
        }

        NoNulls(profile.Therapies, "$.therapies", diagnostics);
        for (var i = 0; i < profile.Therapies.Length; i++)
        {
            if (profile.Therapies[i] is { } course)
            {
                for (var j = 0; j < course.DoseChanges.Length; j++)
                {
                    if (course.DoseChanges[j] is not { } change)
                    {
                        diagnostics.Add(NullElement(ProfilePath.Item("$.therapies", i).Nested(".doseChanges", j).ToString()));
                    }
                    else if (change.Regimen is null)
                    {
                        diagnostics.Add(NullMember(ProfilePath.Item("$.therapies", i).Nested(".doseChanges", j) + ".regimen", "a dose change"));
                    }
                }

                for (var j = 0; j < course.Administered.Length; j++)
                {
                    if (course.Administered[j] is null)
                    {
                        diagnostics.Add(NullElement(ProfilePath.Item("$.therapies", i).Nested(".administered", j).ToString()));
                    }
                }
            }
        }

        NoNulls(profile.Observations, "$.observations", diagnostics);
        for (var i = 0; i < profile.Observations.Length; i++)
        {
            if (profile.Observations[i] is { Code: null })
            {
                diagnostics.Add(NullMember(Index("$.observations", i) + ".code", "an observation"));
            }
        }

        NoNulls(profile.Autoantibodies, "$.autoantibodies", diagnostics);
        NoNulls(profile.Genotypes, "$.genotypes", diagnostics);
        NoNulls(profile.Comorbidities, "$.comorbidities", diagnostics);
        for (var i = 0; i < profile.Comorbidities.Length; i++)
        {
            if (profile.Comorbidities[i] is { Code: null })
            {
                diagnostics.Add(NullMember(Index("$.comorbidities", i) + ".code", "a comorbidity"));
            }
        }

        NoNulls(profile.Exposures, "$.exposures", diagnostics);
        NoNulls(profile.DrugLevels, "$.drugLevels", diagnostics);
        NoNulls(profile.RefillAdherence, "$.refillAdherence", diagnostics);
        NoNulls(profile.AntiDrugAntibodies, "$.antiDrugAntibodies", diagnostics);
        NoNulls(profile.Assessments, "$.assessments", diagnostics);
        return diagnostics.Count == count;
    }

    private static void NoNulls<T>(ImmutableArray<T> list, string path, ICollection<EvaluationDiagnostic> diagnostics)
        where T : class
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                diagnostics.Add(NullElement(Index(path, i)));
            }
        }
    }

    // A required member left null in a profile built in code (JSON reading reports a missing or null one the same way).
    private static EvaluationDiagnostic NullMember(string path, string owner) =>
        EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, $"{owner} requires this member; null is not allowed", path);

    private static EvaluationDiagnostic NullElement(string path) =>
        EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "null is not allowed as a list element; remove the element", path);

    // Every date of the core model within CalendarBounds, as the JSON contract reads them; modules check their own.
    // Paths are formatted only for a date out of bounds: this runs over every dated entry of every profile.
    private static void ValidateDates(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < profile.BodyWeights.Length; i++)
        {
            RequireDate(profile.BodyWeights[i].On, "$.bodyWeights", i, ".on", diagnostics);
        }

        for (var i = 0; i < profile.Diagnoses.Length; i++)
        {
            RequireDate(profile.Diagnoses[i].Onset, "$.diagnoses", i, ".onset", diagnostics);
        }

        for (var i = 0; i < profile.Therapies.Length; i++)
        {
            var course = profile.Therapies[i];
            RequireDate(course.Start, "$.therapies", i, ".start", diagnostics);
            RequireDate(course.End, "$.therapies", i, ".end", diagnostics);
            for (var j = 0; j < course.DoseChanges.Length; j++)
            {
                if (!CalendarBounds.Contains(course.DoseChanges[j].On))
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, CalendarBounds.Rule, Index(Index("$.therapies", i) + ".doseChanges", j) + ".on"));
                }
            }

            for (var j = 0; j < course.Administered.Length; j++)
            {
                if (!CalendarBounds.Contains(course.Administered[j].On))
                {
                    diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, CalendarBounds.Rule, ProfilePath.Item("$.therapies", i).Nested(".administered", j).Member(".on").ToString()));
                }
            }
        }

        for (var i = 0; i < profile.Observations.Length; i++)
        {
            RequireDate(profile.Observations[i].On, "$.observations", i, ".on", diagnostics);
        }

        for (var i = 0; i < profile.Autoantibodies.Length; i++)
        {
            RequireDate(profile.Autoantibodies[i].On, "$.autoantibodies", i, ".on", diagnostics);
        }

        for (var i = 0; i < profile.Genotypes.Length; i++)
        {
            RequireDate(profile.Genotypes[i].On, "$.genotypes", i, ".on", diagnostics);
        }

        for (var i = 0; i < profile.Comorbidities.Length; i++)
        {
            RequireDate(profile.Comorbidities[i].Onset, "$.comorbidities", i, ".onset", diagnostics);
            RequireDate(profile.Comorbidities[i].Resolved, "$.comorbidities", i, ".resolved", diagnostics);
        }

        for (var i = 0; i < profile.Exposures.Length; i++)
        {
            RequireDate(profile.Exposures[i].From, "$.exposures", i, ".from", diagnostics);
            RequireDate(profile.Exposures[i].To, "$.exposures", i, ".to", diagnostics);
        }

        for (var i = 0; i < profile.DrugLevels.Length; i++)
        {
            RequireDate(profile.DrugLevels[i].On, "$.drugLevels", i, ".on", diagnostics);
        }

        for (var i = 0; i < profile.RefillAdherence.Length; i++)
        {
            RequireDate(profile.RefillAdherence[i].From, "$.refillAdherence", i, ".from", diagnostics);
            RequireDate(profile.RefillAdherence[i].To, "$.refillAdherence", i, ".to", diagnostics);
        }

        for (var i = 0; i < profile.AntiDrugAntibodies.Length; i++)
        {
            RequireDate(profile.AntiDrugAntibodies[i].On, "$.antiDrugAntibodies", i, ".on", diagnostics);
        }

        for (var i = 0; i < profile.Assessments.Length; i++)
        {
            RequireDate(profile.Assessments[i].On, "$.assessments", i, ".on", diagnostics);
        }
    }

    private static void RequireDate(DateOnly? date, string list, int index, string member, ICollection<EvaluationDiagnostic> diagnostics)
    {
        if (date is { } d && !CalendarBounds.Contains(d))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, CalendarBounds.Rule, Index(list, index) + member));
        }
    }

    private void ValidateCourse(TherapyCourse course, ProfilePath path, ICollection<EvaluationDiagnostic> diagnostics)
    {
        RequireSpecified(course.Therapy.IsSpecified, path.Member(".therapy"), diagnostics);
        RequireSpecified(course.Class.IsSpecified, path.Member(".class"), diagnostics);
        if (course.Route is { IsSpecified: false })
        {
            RequireSpecified(false, path.Member(".route"), diagnostics);
        }

        if (course.Indication is { IsSpecified: false })
        {
            RequireSpecified(false, path.Member(".indication"), diagnostics);
        }

        RequireOrdered(course.Start, course.End, path.Member(".end"), "end date precedes the start date", diagnostics);
        if (course.StopReason is { } stopReason)
        {
            RequireDefined(stopReason, path.Member(".stopReason"), "inefficacy, adverse-event, non-adherence, remission, other", diagnostics);
        }

        if (course.Therapy.IsSpecified)
        {
            if (!therapies.TryGet(course.Therapy, out var definition))
            {
                diagnostics.Add(EvaluationDiagnostic.Information(
                    DiagnosticCodes.TherapyNotInCatalog,
                    "the therapy is not in the therapy catalog; evaluators that need its class use the class given",
                    path.Member(".therapy").ToString(), value: DiagnosticValues.Text(course.Therapy.Value)));
            }
            else if (course.Class.IsSpecified && definition.Class != course.Class)
            {
                diagnostics.Add(EvaluationDiagnostic.Warning(
                    DiagnosticCodes.TherapyClassMismatch,
                    "the class disagrees with the therapy catalog's class for the therapy",
                    path.Member(".class").ToString(), value: $"'{course.Class}' given; the catalog has '{definition.Class}' for '{course.Therapy}'"));
            }
        }

        if (course.Regimen is { } regimen)
        {
            ValidateRegimen(regimen, path.Member(".regimen"), diagnostics);
        }

        for (var i = 0; i < course.DoseChanges.Length; i++)
        {
            var change = course.DoseChanges[i];
            var changePath = path.Nested(".doseChanges", i);
            if (!course.IsActiveOn(change.On))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.DoseChangeOutsideCourse,
                    "a dose change must fall within its course's start and end dates",
                    changePath.Member(".on").ToString()));
            }

            ValidateRegimen(change.Regimen, changePath.Member(".regimen"), diagnostics);
        }

        for (var i = 0; i < course.Administered.Length; i++)
        {
            if (!course.IsActiveOn(course.Administered[i].On))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.AdministrationOutsideCourse,
                    "an administration must fall within its course's start and end dates",
                    path.Nested(".administered", i).Member(".on").ToString()));
            }
        }
    }

    // The enum reader also accepts numbers, so a number outside the enumeration would otherwise reach the evaluators.
    private static void RequireDefined<TEnum>(TEnum value, ProfilePath path, string allowed, ICollection<EvaluationDiagnostic> diagnostics)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, $"the value must be one of: {allowed}", path.ToString()));
        }
    }

    private static void ValidateRegimen(DoseRegimen regimen, ProfilePath path, ICollection<EvaluationDiagnostic> diagnostics)
    {
        RequireValid(regimen.Dose, path.Member(".dose"), diagnostics);
        if (regimen.Administrations is < 1 or > 24)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidRegimen, "administrations per interval must be between 1 and 24", path.Member(".administrations").ToString()));
        }

        if (regimen.IntervalDays is < 1 or > 366)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidRegimen, "the interval must be between 1 and 366 days", path.Member(".intervalDays").ToString()));
        }

        if (regimen.TotalAdministrations is < 1 or > 1000)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidRegimen, "total administrations must be between 1 and 1000", path.Member(".totalAdministrations").ToString()));
        }
    }

    /// <summary>Reports a quantity built in code that its own factory would reject (no unit, or out of range).</summary>
    private static void RequireValid<T>(T? quantity, ProfilePath path, ICollection<EvaluationDiagnostic> diagnostics)
        where T : struct, IQuantity<T>
    {
        if (quantity is { } q)
        {
            RequireValid(q, path, diagnostics);
        }
    }

    private static void RequireValid<T>(T quantity, ProfilePath path, ICollection<EvaluationDiagnostic> diagnostics)
        where T : struct, IQuantity<T>
    {
        if (!QuantityUnits.IsDefined(quantity.Unit))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidQuantity, $"a {typeof(T).Name} needs a value with a unit", path.ToString()));
        }
        else if (T.Validate(quantity.Value, quantity.Unit) is { } error)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidQuantity, error, path.ToString()));
        }
    }

    private static void RequireSpecified(bool specified, ProfilePath path, ICollection<EvaluationDiagnostic> diagnostics)
    {
        if (!specified)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.UnspecifiedIdentifier, "a value is required", path.ToString()));
        }
    }

    private static void RequireOrdered(DateOnly? start, DateOnly? end, ProfilePath path, string rule, ICollection<EvaluationDiagnostic> diagnostics)
    {
        if (start is { } s && end is { } e && e < s)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.EndBeforeStart, rule, path.ToString()));
        }
    }

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}
