"""Operations figures: GET /stats (JSON, also behind the dashboard) and GET /metrics (Prometheus)."""
