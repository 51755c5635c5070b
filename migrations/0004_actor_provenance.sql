ALTER TABLE `actors` ADD `method` text DEFAULT 'curated' NOT NULL CONSTRAINT "actors_method_check" CHECK(method IN ('curated', 'extracted'));--> statement-breakpoint
ALTER TABLE `actors` ADD `confidence` real DEFAULT 1 NOT NULL;
