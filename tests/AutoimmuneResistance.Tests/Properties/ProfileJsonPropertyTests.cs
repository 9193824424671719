using System.Text;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

[Properties(Arbitrary = [typeof(ProfileArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class ProfileJsonPropertyTests
{
    private static readonly ResistanceJson Json = Generators.Json;

    [Property(MaxTest = 200)]
    public void Any_profile_reads_back_from_its_json_and_rewrites_to_identical_bytes_and_hash(ProfileSample sample)
    {
        var bytes = Json.SerializeToUtf8Bytes(sample.Profile);

        var read = Json.ReadProfile(bytes);

        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(Json.SerializeToUtf8Bytes(read.Profile!)));
        Assert.Equal(Json.Serialize(sample.Profile), Json.Serialize(read.Profile!));
        Assert.Equal(Json.ComputeContentHash(sample.Profile), Json.ComputeContentHash(read.Profile!));
    }

    [Property(MaxTest = 100)]
    public void The_content_hash_is_the_sha256_of_the_compact_json(ProfileSample sample)
    {
        var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Json.SerializeToUtf8Bytes(sample.Profile)));

        Assert.Equal(expected, Json.ComputeContentHash(sample.Profile));
    }

    [Property(MaxTest = 30)]
    public void Json_lines_written_by_the_contract_read_back_profile_by_profile(ProfileBatch batch)
    {
        var profiles = batch.Profiles;
        using var stream = new MemoryStream();
        Json.WriteJsonLinesAsync(profiles, stream).GetAwaiter().GetResult();

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');

        Assert.Equal(profiles.Length + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        for (var i = 0; i < profiles.Length; i++)
        {
            Assert.Equal(Json.Serialize(profiles[i]), lines[i]);
            Assert.Equal(lines[i], Json.Serialize(Json.ReadProfile(lines[i]).Profile!));
        }
    }

    [Fact]
    public void The_generators_loinc_codes_are_valid()
    {
        foreach (var code in Generators.LoincCodes)
        {
            Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, code, null, out _, out var error), error);
        }
    }
}
