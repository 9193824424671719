using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// Attribution of <see cref="JsonReadBenchmarks.ReadProfile"/>'s cost: the value checks that reading the typical
/// profile performs, replayed alone for the same values. The baseline is the whole read, so each Ratio is the share of
/// the read that one kind of check costs (an estimate: the read also pays for allocation and cache effects).
/// </summary>
[MemoryDiagnoser]
public class JsonReadCostBenchmarks
{
    private ResistanceJson _json = null!;
    private byte[] _utf8 = null!;
    private ClinicalCode[] _codes = null!;
    private string[] _dottedIdentifiers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SyntheticProfiles.Pipeline().Json;
        var profile = SyntheticProfiles.Typical(1);
        _utf8 = _json.SerializeToUtf8Bytes(profile);
        _codes =
        [
            .. profile.Diagnoses.SelectMany(d => d.Codes),
            .. profile.Therapies.Select(t => t.Code).OfType<ClinicalCode>(),
            .. profile.Observations.Select(o => o.Code),
            .. profile.Autoantibodies.Select(a => a.Code).OfType<ClinicalCode>(),
            .. profile.DrugLevels.Select(d => d.Code).OfType<ClinicalCode>(),
            .. profile.Comorbidities.Select(c => c.Code),
        ];
        _dottedIdentifiers =
        [
            .. profile.Diagnoses.Select(d => d.Disease.Value),
            .. profile.Therapies.SelectMany(t => new[] { t.Therapy.Value, t.Class.Value }),
            .. profile.Therapies.Select(t => t.Route?.Value).OfType<string>(),
            .. profile.Autoantibodies.Select(a => a.Antibody.Value),
            .. profile.Genotypes.Select(g => g.Phenotype?.Value).OfType<string>(),
            .. profile.Exposures.Select(e => e.Kind.Value),
            .. profile.DrugLevels.Select(d => d.Therapy.Value),
            .. profile.RefillAdherence.Select(r => r.Therapy.Value),
            .. profile.AntiDrugAntibodies.Select(a => a.Therapy.Value),
            .. profile.Assessments.OfType<RecordedScore>().Select(s => s.Instrument.Value),
        ];
        Console.WriteLine($"// typical profile: {_codes.Length} clinical codes, {_dottedIdentifiers.Length} dotted identifiers");
    }

    /// <summary>The whole read.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public ProfileReadResult ReadProfile() => _json.ReadProfile(_utf8);

    /// <summary>What reading the code systems costs: the converter's check plus CodeSystem.Create's, each parsing a System.Uri.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int CodeSystemChecks()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += CodeSystemJsonConverter.FromText(code.CodeSystem.Uri).Uri.Length;
        }

        return sum;
    }

    /// <summary>What checking the codes costs once the system is known (format rules, check digits, display text).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int ClinicalCodeChecks()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += ClinicalCode.TryCreate(code.CodeSystem, code.Code, code.Display, out var result, out _) ? result.Code.Length : 0;
        }

        return sum;
    }

    /// <summary>What checking the dotted identifiers' syntax costs.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int IdentifierChecks()
    {
        var sum = 0;
        foreach (var text in _dottedIdentifiers)
        {
            sum += IdentifierSyntax.Dotted.Check(text) is null ? 1 : 0;
        }

        return sum;
    }
}
