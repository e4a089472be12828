# Sourced by the benchmark scripts: a private PostgreSQL cluster in $cluster_dir on $cluster_port, run as the
# 'postgres' user when the script runs as root (initdb and postgres refuse root). Extra server settings: $cluster_options.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cluster_start() {
  local bin; bin="$(pg_bin)"
  mkdir -p "$cluster_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$cluster_dir"
  if [ ! -f "$cluster_dir/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$cluster_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg "$bin/pg_ctl" -D "$cluster_dir" -l "$cluster_dir/server.log" -w -t 120 start \
    -o "-p $cluster_port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' ${cluster_options:-}" >/dev/null
}

cluster_stop() {
  as_pg "$(pg_bin)/pg_ctl" -D "$cluster_dir" -m fast -w stop >/dev/null 2>&1 || true
}

machine_description() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores (shared with other developers' builds)"
  echo "- memory: $(free -g | awk '/Mem:/ {print $2}') GiB; OS: $(. /etc/os-release && echo "$PRETTY_NAME"); $(uname -r)"
  echo "- PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}'); .NET SDK $(dotnet --version)"
  echo "- load average (1/5/15 min) at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}
