namespace AutoimmuneResistance.Lupus;

/// <summary>Validation shared by the instruments that read therapy courses.</summary>
internal static class CourseChecks
{
    internal static bool ValidRegimen(DoseRegimen? regimen) =>
        regimen is null || (regimen.Administrations is >= 1 and <= 24 && regimen.IntervalDays is >= 1 and <= 366
            && regimen.TryGetAverageDailyDose(out _));

    internal static void Validate(TherapyCourse? course, string path, List<EvaluationDiagnostic> diagnostics)
    {
        if (course is null)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", path));
            return;
        }

        if (course.End is { } end && end < course.Start)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "the course ends before it starts", $"{path}.end", value: DiagnosticValues.WithReference(end, "start", course.Start)));
        }

        if (!ValidRegimen(course.Regimen))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.InvalidRegimen, "administrations must lie between 1 and 24, intervalDays between 1 and 366, and the average daily dose within the dose ceiling", $"{path}.regimen", value: DiagnosticValues.Of(course.Regimen!)));
        }

        for (var i = 0; i < course.DoseChanges.Length; i++)
        {
            var change = course.DoseChanges[i];
            if (change is null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", $"{path}.doseChanges[{i}]"));
                continue;
            }

            if (!course.IsActiveOn(change.On))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "the dose change falls outside its course", $"{path}.doseChanges[{i}].on", value: $"{DiagnosticValues.Of(change.On)} (course {DiagnosticValues.Range(course.Start, course.End)})"));
            }

            if (!ValidRegimen(change.Regimen))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.InvalidRegimen, "administrations must lie between 1 and 24, intervalDays between 1 and 366, and the average daily dose within the dose ceiling", $"{path}.doseChanges[{i}].regimen", value: change.Regimen is { } regimen ? DiagnosticValues.Of(regimen) : null));
            }
        }
    }
}
