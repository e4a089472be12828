namespace LlmReadingList.Catalog.Data.Model;

/// <summary>
/// A record whose fields an import may set until a curator edits them. <see cref="CuratedFields"/> names the
/// fields a curator set; an import never overwrites those (per-field provenance).
/// </summary>
public interface ICuratedRecord
{
    List<string> CuratedFields { get; }
}
