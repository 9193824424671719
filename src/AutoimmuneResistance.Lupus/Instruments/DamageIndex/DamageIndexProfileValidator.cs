namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Validates the SLICC/ACR Damage Index assessments of a profile with the instrument's own rules (paths rebased to
/// <c>$.assessments[i]</c>), and warns when an assessment scores lower than one on an earlier date: damage is
/// cumulative and does not decrease (clinical reference section 2.2), so one of them is probably wrong.
/// </summary>
internal sealed class DamageIndexProfileValidator(SliccDamageIndex instrument) : IProfileValidator
{
    public void Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var scored = new List<(DateOnly On, int Total, int Index)>();
        for (var i = 0; i < profile.Assessments.Length; i++)
        {
            if (profile.Assessments[i] is not DamageIndexAssessment assessment)
            {
                continue;
            }

            var input = assessment.ToInput();
            var prefix = $"$.assessments[{i}]";
            var problems = instrument.Validate(input);
            foreach (var problem in problems)
            {
                diagnostics.Add(problem with { Path = problem.Path is { } path ? prefix + path[1..] : prefix });
            }

            if (!problems.Any(p => p.Severity == DiagnosticSeverity.Error))
            {
                scored.Add((assessment.On, instrument.Compute(input).Total, i));
            }
        }

        var highest = (On: DateOnly.MinValue, Total: -1);
        foreach (var (on, total, index) in scored.OrderBy(s => s.On).ThenBy(s => s.Index))
        {
            if (highest.Total > total && highest.On < on)
            {
                diagnostics.Add(EvaluationDiagnostic.Warning(
                    LupusDiagnosticCodes.DamageDecreased,
                    "the damage index total is lower than at an earlier assessment; damage does not decrease, so one of the assessments is probably wrong",
                    $"$.assessments[{index}]"));
            }

            if (total > highest.Total)
            {
                highest = (on, total);
            }
        }
    }
}
