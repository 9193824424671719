using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

public sealed class ProfileJsonPropertyTests
{
    private static readonly ResistanceJson Json = Generators.Json;

    [Fact]
    public void Any_profile_reads_back_from_its_json_and_rewrites_to_identical_bytes_and_hash() =>
        Prop.ForAll(Generators.Samples(ProfileShape.Wire), sample =>
        {
            var bytes = Json.SerializeToUtf8Bytes(sample.Profile);

            var read = Json.ReadProfile(bytes);

            Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
            Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(Json.SerializeToUtf8Bytes(read.Profile!)));
            Assert.Equal(Json.Serialize(sample.Profile), Json.Serialize(read.Profile!));
            Assert.Equal(Json.ComputeContentHash(sample.Profile), Json.ComputeContentHash(read.Profile!));
        }).Check(PropertyConfig.Runs(200));

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_compact_json() =>
        Prop.ForAll(Generators.Samples(ProfileShape.Wire), sample =>
        {
            var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Json.SerializeToUtf8Bytes(sample.Profile)));

            Assert.Equal(expected, Json.ComputeContentHash(sample.Profile));
        }).Check(PropertyConfig.Runs(100));

    [Fact]
    public void Json_lines_written_by_the_contract_read_back_profile_by_profile() =>
        Prop.ForAll(Generators.Many(Generators.Profiles(ProfileShape.Wire), 6).ToArbitrary(), profiles =>
        {
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
        }).Check(PropertyConfig.Runs(30));

    [Fact]
    public void The_generators_loinc_codes_are_valid()
    {
        foreach (var code in Generators.LoincCodes)
        {
            Assert.True(ClinicalCode.TryCreate(CodeSystem.Loinc, code, null, out _, out var error), error);
        }
    }
}
