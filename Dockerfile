# syntax=docker/dockerfile:1
# Multi-stage build of the catalog web app. CI does not build this image (no Docker engine there); see README.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/LlmReadingList.Catalog/LlmReadingList.Catalog.csproj src/LlmReadingList.Catalog/
COPY src/LlmReadingList.LocalPostgres/LlmReadingList.LocalPostgres.csproj src/LlmReadingList.LocalPostgres/
COPY src/LlmReadingList.Web/LlmReadingList.Web.csproj src/LlmReadingList.Web/
RUN dotnet restore src/LlmReadingList.Web/LlmReadingList.Web.csproj
COPY src/ src/
RUN dotnet publish src/LlmReadingList.Web/LlmReadingList.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY seed/ /app/seed/
# the image's unprivileged 'app' user (uid 1654); data-protection keys go to a volume it owns
RUN mkdir -p /var/lib/llm-reading-list && chown app:app /var/lib/llm-reading-list
USER app
# workstation GC with a 16 MiB young generation, as run.sh: the GC would otherwise size it from the L3 cache the CPU
# reports, which on virtual machines can be the host's hundreds of MiB (bench/results/pages.md)
ENV DOTNET_gcServer=0 \
    DOTNET_GCgen0size=0x1000000
ENV ASPNETCORE_URLS=http://+:8080 \
    Catalog__SeedDirectory=/app/seed \
    Catalog__DataDirectory=/var/lib/llm-reading-list \
    Logging__Console__FormatterName=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["dotnet", "LlmReadingList.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "LlmReadingList.Web.dll"]
