DROP INDEX `actors_kind_idx`;--> statement-breakpoint
DROP INDEX `actors_name_idx`;--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,"name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` ("name" COLLATE NOCASE,`id`);--> statement-breakpoint
DROP INDEX `locations_name_idx`;--> statement-breakpoint
CREATE INDEX `locations_kind_idx` ON `locations` (`kind`,"name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `locations_name_idx` ON `locations` ("name" COLLATE NOCASE,`id`);