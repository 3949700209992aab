-- 举报 核实: what the officer sent to check found on site. The supervisor decides on it; the
-- reporter never sees it (tracking answers only the progress and a dismissal's public reason).
ALTER TABLE public_reports ADD COLUMN check_found boolean;
ALTER TABLE public_reports ADD COLUMN check_note text;
ALTER TABLE public_reports ADD COLUMN checked_at timestamptz;
CREATE INDEX public_reports_by_officer ON public_reports (assigned_officer_id) WHERE status = 'verifying';
