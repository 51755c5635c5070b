CREATE TABLE `rendered` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`json` text NOT NULL,
	`detail_tail` text NOT NULL,
	`csv` text NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`),
	CONSTRAINT "rendered_record_type_check" CHECK(record_type IN ('event', 'statement', 'vote', 'figure'))
);
