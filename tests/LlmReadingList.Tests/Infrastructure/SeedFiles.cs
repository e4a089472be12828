namespace LlmReadingList.Tests.Infrastructure;

/// <summary>The seed folder as copied next to the tests, and throwaway copies of it for tests that change articles.</summary>
public static class SeedFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "seed");

    /// <summary>A copy of the seed folder that a test may edit; deleted when disposed.</summary>
    public static SeedCopy Copy() => new();

    public sealed class SeedCopy : IDisposable
    {
        public SeedCopy()
        {
            Folder = Path.Combine(Path.GetTempPath(), "llmrl-seed-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
            foreach (var file in Directory.GetFiles(SeedFiles.Folder))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }
        }

        public string Folder { get; }

        public string PathOf(string fileName) => Path.Combine(Folder, fileName);

        public void Dispose()
        {
            foreach (var path in Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories))
            {
                if (File.Exists(path))
                {
                    File.SetAttributes(path, FileAttributes.Normal);
                }
            }

            Directory.Delete(Folder, recursive: true);
        }
    }
}
