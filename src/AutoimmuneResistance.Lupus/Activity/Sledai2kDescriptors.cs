using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Weights and organ systems of the SLEDAI-2K descriptors. Source: Gladman DD, Ibañez D, Urowitz MB. J Rheumatol
/// 2002;29(2):288-91 (PMID 11838846); weights as tabulated in the project's clinical reference section 1.1 (8 items of
/// weight 8, 6 of 4, 7 of 2 and 3 of 1: a maximum of 105).
/// </summary>
public static class Sledai2kDescriptors
{
    /// <summary>The highest possible SLEDAI-2K total, 105.</summary>
    public const int MaxTotal = 105;

    /// <summary>The highest possible clinical SLEDAI-2K total (without the two serological descriptors), 101.</summary>
    public const int MaxClinicalTotal = 101;

    /// <summary>Gets every descriptor in the index's order.</summary>
    public static ImmutableArray<Sledai2kDescriptor> All { get; } = [.. Enum.GetValues<Sledai2kDescriptor>()];

    /// <summary>Returns the descriptor's weight.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>8, 4, 2 or 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="descriptor"/> is not a defined member.</exception>
    public static int Weight(Sledai2kDescriptor descriptor) => descriptor switch
    {
        Sledai2kDescriptor.Seizure or Sledai2kDescriptor.Psychosis or Sledai2kDescriptor.OrganicBrainSyndrome or Sledai2kDescriptor.VisualDisturbance or Sledai2kDescriptor.CranialNerveDisorder or Sledai2kDescriptor.LupusHeadache or Sledai2kDescriptor.CerebrovascularAccident or Sledai2kDescriptor.Vasculitis => 8,
        Sledai2kDescriptor.Arthritis or Sledai2kDescriptor.Myositis or Sledai2kDescriptor.UrinaryCasts or Sledai2kDescriptor.Hematuria or Sledai2kDescriptor.Proteinuria or Sledai2kDescriptor.Pyuria => 4,
        Sledai2kDescriptor.Rash or Sledai2kDescriptor.Alopecia or Sledai2kDescriptor.MucosalUlcers or Sledai2kDescriptor.Pleurisy or Sledai2kDescriptor.Pericarditis or Sledai2kDescriptor.LowComplement or Sledai2kDescriptor.IncreasedDnaBinding => 2,
        Sledai2kDescriptor.Fever or Sledai2kDescriptor.Thrombocytopenia or Sledai2kDescriptor.Leukopenia => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(descriptor), descriptor, "Expected a defined SLEDAI-2K descriptor."),
    };

    /// <summary>Returns the descriptor's organ system.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The organ system.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="descriptor"/> is not a defined member.</exception>
    public static SledaiOrganSystem OrganSystem(Sledai2kDescriptor descriptor) => descriptor switch
    {
        Sledai2kDescriptor.Seizure or Sledai2kDescriptor.Psychosis or Sledai2kDescriptor.OrganicBrainSyndrome or Sledai2kDescriptor.VisualDisturbance or Sledai2kDescriptor.CranialNerveDisorder or Sledai2kDescriptor.LupusHeadache or Sledai2kDescriptor.CerebrovascularAccident => SledaiOrganSystem.Neurological,
        Sledai2kDescriptor.Vasculitis => SledaiOrganSystem.Vasculitis,
        Sledai2kDescriptor.Arthritis or Sledai2kDescriptor.Myositis => SledaiOrganSystem.Musculoskeletal,
        Sledai2kDescriptor.UrinaryCasts or Sledai2kDescriptor.Hematuria or Sledai2kDescriptor.Proteinuria or Sledai2kDescriptor.Pyuria => SledaiOrganSystem.Renal,
        Sledai2kDescriptor.Rash or Sledai2kDescriptor.Alopecia or Sledai2kDescriptor.MucosalUlcers => SledaiOrganSystem.Mucocutaneous,
        Sledai2kDescriptor.Pleurisy or Sledai2kDescriptor.Pericarditis => SledaiOrganSystem.Cardiorespiratory,
        Sledai2kDescriptor.LowComplement or Sledai2kDescriptor.IncreasedDnaBinding => SledaiOrganSystem.Serological,
        Sledai2kDescriptor.Fever => SledaiOrganSystem.Constitutional,
        Sledai2kDescriptor.Thrombocytopenia or Sledai2kDescriptor.Leukopenia => SledaiOrganSystem.Haematological,
        _ => throw new ArgumentOutOfRangeException(nameof(descriptor), descriptor, "Expected a defined SLEDAI-2K descriptor."),
    };

    /// <summary>Returns whether the descriptor is one of the two serological items that clinical SLEDAI-2K leaves out.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns><see langword="true"/> for low complement and increased DNA binding.</returns>
    public static bool IsSerological(Sledai2kDescriptor descriptor) =>
        descriptor is Sledai2kDescriptor.LowComplement or Sledai2kDescriptor.IncreasedDnaBinding;

    /// <summary>Returns the descriptor's bit in a 64-bit set of descriptors (the 24 descriptors are 1 to 24).</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The bit; 0 for a value outside 0-63, which no set can hold.</returns>
    internal static ulong Bit(Sledai2kDescriptor descriptor) => (uint)descriptor < 64 ? 1UL << (int)descriptor : 0UL;
}
