namespace AutoimmuneResistance;

/// <summary>Collects what <see cref="IVerdictContributor"/>s report for one patient; the pipeline assembles the <see cref="ResistanceVerdict"/> from it.</summary>
/// <remarks>Not thread-safe: one evaluation writes to it at a time. Tests can create one to run a contributor alone.</remarks>
public sealed class VerdictBuilder
{
    private readonly List<TherapyVerdict> _therapies = [];
    private readonly List<DomainVerdict> _domains = [];
    private readonly List<MechanismLink> _explanations = [];

    /// <summary>Gets the therapy verdicts reported so far, in order.</summary>
    public IReadOnlyList<TherapyVerdict> Therapies => _therapies;

    /// <summary>Gets the domain verdicts reported so far, in order.</summary>
    public IReadOnlyList<DomainVerdict> Domains => _domains;

    /// <summary>Gets the patient-level explanations reported so far, in order.</summary>
    public IReadOnlyList<MechanismLink> Explanations => _explanations;

    /// <summary>Reports the verdict on one therapy.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> is <see langword="null"/>.</exception>
    public void Add(TherapyVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        _therapies.Add(verdict);
    }

    /// <summary>Reports a verdict under a named organ-domain or whole-disease definition.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> is <see langword="null"/>.</exception>
    public void Add(DomainVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        _domains.Add(verdict);
    }

    /// <summary>Reports a patient-level mechanism that explains the picture (for example glucocorticoid dependence).</summary>
    /// <param name="link">The mechanism and its findings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is <see langword="null"/>.</exception>
    public void Explain(MechanismLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _explanations.Add(link);
    }

    internal void Truncate(int therapies, int domains, int explanations)
    {
        _therapies.RemoveRange(therapies, _therapies.Count - therapies);
        _domains.RemoveRange(domains, _domains.Count - domains);
        _explanations.RemoveRange(explanations, _explanations.Count - explanations);
    }
}
